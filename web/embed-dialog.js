// The Embed button of index.html: a ready <iframe> snippet for the scenario in the address bar, which the
// game keeps current.
"use strict";
(() => {
  const dialog = document.getElementById("embed-dialog");
  const code = document.getElementById("embed-code");
  const copy = document.getElementById("embed-copy");
  document.getElementById("embed-button").addEventListener("click", () => {
    const src = new URL("embed.html" + location.search, location.href).href;
    code.value = `<iframe src="${src.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"\n` +
      `  width="800" height="450" style="border:0; max-width:100%" loading="lazy"\n` +
      `  title="Bakery: bakers, eaters and a plate"></iframe>`;
    copy.textContent = "Copy";
    dialog.showModal();
    code.select();
  });
  copy.addEventListener("click", async () => {
    code.select();
    try {
      await navigator.clipboard.writeText(code.value);
    } catch {
      document.execCommand("copy");
    }
    copy.textContent = "Copied";
  });
  document.getElementById("embed-close").addEventListener("click", () => dialog.close());
})();

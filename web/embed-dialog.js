// The Embed and Record buttons of index.html: a ready <iframe> snippet for the scenario in the address bar, which
// the game keeps current (without the tour: an embed shows what its author chose); and a 10-second GIF of what
// is on screen, made in the game and downloaded.
"use strict";
(() => {
  const dialog = document.getElementById("embed-dialog");
  const code = document.getElementById("embed-code");
  const copy = document.getElementById("embed-copy");
  document.getElementById("embed-button").addEventListener("click", () => {
    const params = new URLSearchParams(location.search);
    params.set("tour", "off");
    const src = new URL("embed.html?" + params.toString(), location.href).href;
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

  const record = document.getElementById("record-button");
  const label = record.innerHTML; // "Record a GIF", its last words hidden on a phone
  record.addEventListener("click", () => {
    if (window.bakery && window.bakery.record) window.bakery.record({seconds: 10});
  });
  // A clip asked for here or by a script: the button says so until it is done.
  window.addEventListener("bakery:recording", () => {
    record.disabled = true;
    record.textContent = "Recording…";
  });
  window.addEventListener("bakery:recorded", (e) => {
    record.disabled = false;
    if (e.detail && e.detail.error) record.textContent = "Record failed";
    else record.innerHTML = label;
  });
})();

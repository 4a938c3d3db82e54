// Bakery's loader: streams bakery.wasm with a real progress bar, starts the Go program, and shows a notice for
// each bad URL parameter and a crash panel, with a reload button, if the wasm cannot load or the program stops.
// The Go side (bridge_js.go) calls window.bakeryPage.notice() and .ready(); everything else is here.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const root = document.documentElement;
  const params = new URLSearchParams(location.search);
  const embedded = root.classList.contains("embed-page");

  // The page's colours follow ?theme=, else the system; the game reads the same parameter in Go.
  const darkQuery = matchMedia("(prefers-color-scheme: dark)");
  const setTheme = (name) => { root.dataset.theme = name === "dark" ? "dark" : "light"; };
  setTheme(params.get("theme") || (darkQuery.matches ? "dark" : "light"));

  // The bar sits above the body; tell the CSS its height, and Ebitengine when it changes (it sizes the canvas on
  // window resize events).
  const bar = document.querySelector(".bar");
  if (bar) {
    const fit = () => {
      root.style.setProperty("--bar-h", bar.offsetHeight + "px");
      window.dispatchEvent(new Event("resize"));
    };
    new ResizeObserver(fit).observe(bar);
    fit();
  }

  // Keys that would scroll the page (or, in an iframe, the host page) belong to the game while it has focus.
  const scrollKeys = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", " ", "PageUp", "PageDown", "Home", "End"]);
  window.addEventListener("keydown", (e) => {
    const t = e.target;
    if (scrollKeys.has(e.key) && (t === document.body || t instanceof HTMLCanvasElement)) e.preventDefault();
  }, { passive: false });
  // A click or tap anywhere in the game's area gives it the keyboard, in an iframe too.
  document.addEventListener("pointerdown", (e) => {
    if (e.target === document.body || e.target instanceof HTMLCanvasElement) document.querySelector("canvas")?.focus();
  });

  const loading = $("loading"), bar1 = $("progress"), barText = $("progress-text"), barTitle = $("loading-title");
  const mb = (n) => (n / 1e6).toFixed(1);

  // Notices: one per bad parameter, each dismissible.
  function notice(text) {
    const n = document.createElement("div");
    n.className = "notice";
    n.setAttribute("role", "status");
    const t = document.createElement("div");
    t.className = "text";
    t.textContent = text;
    const x = document.createElement("button");
    x.type = "button";
    x.setAttribute("aria-label", "Dismiss");
    x.title = "Dismiss";
    x.textContent = "×";
    x.addEventListener("click", () => n.remove());
    n.append(t, x);
    $("notices").append(n);
  }

  // The crash panel replaces the game's area: what happened, the program's last words, and a reload button.
  let crashed = false;
  function crash(title, detail) {
    if (crashed) return;
    crashed = true;
    loading.hidden = true;
    $("crash-title").textContent = title;
    $("crash-detail").textContent = detail || "";
    $("crash").hidden = false;
    document.querySelector("canvas")?.remove();
    // Scripts that hold on to the API get answers, not exceptions.
    const stopped = { message: "the bakery stopped: " + title };
    window.bakery = {
      state: () => null, set: () => [stopped], play() {}, pause() {}, step() {}, reset() {}, on: () => [stopped],
      events: [], stopped: true,
    };
    $("crash-reload").focus();
    if (embedded && parent !== window) parent.postMessage({ bakery: "crashed", error: title }, "*");
  }
  $("crash-reload").addEventListener("click", () => location.reload());

  window.bakeryPage = {
    notice,
    crash,
    setTheme,
    // ready is called by the Go side once the first frame is on screen.
    ready() {
      if (crashed) return;
      performance.mark("bakery-first-frame");
      loading.hidden = true;
      window.dispatchEvent(new Event("bakery:ready"));
    },
  };

  // The Go program's output, kept so that a panic can be shown on the page.
  const lastWords = [];
  const fs = globalThis.fs, decoder = new TextDecoder();
  if (fs && fs.writeSync) {
    const write = fs.writeSync.bind(fs);
    fs.writeSync = (fd, buf) => {
      if (fd === 2 || fd === 1) {
        lastWords.push(decoder.decode(buf));
        if (lastWords.length > 200) lastWords.splice(0, lastWords.length - 200);
      }
      return write(fd, buf);
    };
  }

  // progress reads body through, updating the bar; total is the uncompressed size when the server says it.
  function progress(res) {
    const raw = Number(res.headers.get("X-Raw-Length"));
    const encoded = res.headers.get("Content-Encoding");
    const len = Number(res.headers.get("Content-Length"));
    const total = raw > 0 ? raw : (!encoded && len > 0 ? len : 0);
    bar1.parentElement.classList.toggle("indeterminate", !total);
    let got = 0;
    const reader = res.body.getReader();
    return new ReadableStream({
      async pull(ctl) {
        const { done, value } = await reader.read();
        if (done) {
          performance.mark("bakery-wasm-loaded");
          bar1.style.width = "100%";
          barTitle.textContent = "Starting the bakery…";
          barText.textContent = mb(got) + " MB loaded";
          ctl.close();
          return;
        }
        got += value.byteLength;
        if (total) {
          bar1.style.width = Math.min(100, (100 * got) / total).toFixed(1) + "%";
          barText.textContent = mb(got) + " of " + mb(total) + " MB";
        } else {
          barText.textContent = mb(got) + " MB";
        }
        ctl.enqueue(value);
      },
      cancel(reason) { reader.cancel(reason); },
    });
  }

  async function start() {
    if (typeof Go !== "function") throw new Error("wasm_exec.js did not load");
    const wasm = root.dataset.wasm || "bakery.wasm";
    const res = await fetch(wasm);
    if (!res.ok) throw new Error(`${wasm}: ${res.status} ${res.statusText}`);
    const go = new Go();
    let code = 0;
    go.exit = (c) => { code = c; };
    const streamed = new Response(progress(res), { headers: { "Content-Type": "application/wasm" } });
    const { instance } = await WebAssembly.instantiateStreaming(streamed, go.importObject);
    performance.mark("bakery-wasm-compiled");
    await go.run(instance);
    // The program ended: by a panic or a fatal error (code 2) or otherwise. Never leave a frozen canvas.
    const words = lastWords.join("").replace(/\n{2,}/g, "\n").trim();
    const lines = words.split("\n");
    if (code !== 0) {
      const first = lines.find((l) => /^(panic|fatal error|bakery):/.test(l)) || `the program stopped with exit code ${code}`;
      crash("The bakery stopped: " + first.replace(/^bakery: /, ""), lines.slice(-40).join("\n"));
    } else {
      crash("The bakery closed.", "");
    }
  }

  start().catch((err) => {
    crash("The bakery could not load.", String(err && err.message ? err.message : err) +
      "\n\nCheck your connection and reload. Browsers need WebAssembly; very old ones cannot run Bakery.");
  });
})();

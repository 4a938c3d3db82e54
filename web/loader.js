// Bakery's loader: streams bakery.wasm with a real progress bar, starts the Go program, and shows a notice for
// each bad URL parameter and a crash panel, with a reload button, if the wasm cannot load or the program stops.
// The Go side (web/page) calls window.bakeryPage.notice() and .ready(); everything else is here.
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
  // A click or tap anywhere in the game's area gives it the keyboard, in an iframe too, without scrolling: a
  // focus() that scrolled a half-hidden embed into view moved the button away before the release (Ebitengine's
  // own focus on mousedown then finds the canvas focused already, and does not scroll either).
  document.addEventListener("pointerdown", (e) => {
    if (e.target === document.body || e.target instanceof HTMLCanvasElement) {
      document.querySelector("canvas")?.focus({ preventScroll: true });
    }
  }, { capture: true });

  // The pointer is where it looks. Ebitengine v2.8.8 assumes that its canvas fills the window: its listeners on
  // the canvas take clientX/clientY of mouse events and of targetTouches as they are (internal/ui/input_js.go:
  // setMouseCursorFromEvent, updateTouchesFromEvent) for positions in the body's client box, the size it lays
  // the game out in (ui_js.go: outsideSize). Its way to embed is an iframe (hajimehoshi/ebiten#3017), and
  // index.html has its canvas below the bar, so clicks landed a bar's height too low. So while an event is at
  // the canvas, its positions read relative to the canvas's box, scaled from that box to the body's; with the
  // canvas at 0,0 filling the body (embed.html) they read as they are. The event is the real one, changed in
  // place rather than copied, so Ebitengine's preventDefault, its focus on mousedown and touch-action act on it
  // as before (and Safari cannot construct a TouchEvent with touches); listeners anywhere else on the event's
  // path still read page positions. The Go program makes the canvas after this script runs: hence capture
  // listeners on window, which see every event before the canvas does.
  const toGame = (c, x, y) => {
    const r = c.getBoundingClientRect(), body = document.body;
    const sx = r.width > 0 ? body.clientWidth / r.width : 1, sy = r.height > 0 ? body.clientHeight / r.height : 1;
    return [(x - r.left) * sx, (y - r.top) * sy];
  };
  // atCanvas makes e[name] read as game while e is at canvas c, and as it was anywhere else.
  const atCanvas = (e, c, name, game) => {
    const page = e[name];
    Object.defineProperty(e, name, { configurable: true, get: () => (e.currentTarget === c ? game : page) });
  };
  // touchesInGame is a TouchList as Ebitengine reads it (length, item(i), and each touch's identifier,
  // clientX and clientY), with the positions in the game's box.
  const touchesInGame = (c, list) => {
    const out = Array.from(list, (t) => {
      const [x, y] = toGame(c, t.clientX, t.clientY);
      return {
        identifier: t.identifier, target: t.target, clientX: x, clientY: y, pageX: t.pageX, pageY: t.pageY,
        screenX: t.screenX, screenY: t.screenY, radiusX: t.radiusX, radiusY: t.radiusY,
        rotationAngle: t.rotationAngle, force: t.force,
      };
    });
    out.item = (i) => out[i] ?? null;
    return out;
  };
  // The positions are worked out as the event starts, before a listener can move the canvas (focus() may
  // scroll it into view).
  const mapPointer = (e, c) => {
    try {
      if (e.type.startsWith("touch")) {
        for (const name of ["touches", "targetTouches", "changedTouches"]) atCanvas(e, c, name, touchesInGame(c, e[name]));
      } else {
        const [x, y] = toGame(c, e.clientX, e.clientY);
        atCanvas(e, c, "clientX", x);
        atCanvas(e, c, "clientY", y);
      }
    } catch {
      // An event that cannot be changed goes on as it was.
    }
  };

  // A press shorter than a frame. Ebitengine keeps only whether a button is down or a finger is on the canvas
  // now, and looks once a tick (input_js.go: mouseDown/mouseUp, updateTouchesFromEvent), so a press and its
  // release between two ticks are never seen: a quick click or tap at 10 fps. Until two animation frames (at
  // least one tick) have passed since a press on the canvas, a release there is held back from every listener
  // (stopImmediatePropagation; for a touch also preventDefault, as Ebitengine's own listener would), and a copy
  // of it (a MouseEvent, or an Event with the touch lists) is given to the canvas after them, or at once when
  // another press comes first, so that presses and releases keep their order.
  let unseen = 0; // the last press on the canvas that the game may not have seen yet, by number; 0 for none
  let held = [];
  const replays = new WeakSet();
  const replayHeld = () => {
    const h = held;
    held = [];
    for (const [c, copy] of h) c.dispatchEvent(copy);
  };
  const copyOf = (e) => {
    if (e.type.startsWith("touch")) {
      const copy = new Event(e.type, { bubbles: true, cancelable: true, composed: true });
      for (const name of ["touches", "targetTouches", "changedTouches"]) {
        Object.defineProperty(copy, name, { configurable: true, value: e[name] });
      }
      return copy;
    }
    return new MouseEvent(e.type, {
      bubbles: true, cancelable: true, composed: true, view: window, detail: e.detail,
      screenX: e.screenX, screenY: e.screenY, clientX: e.clientX, clientY: e.clientY,
      ctrlKey: e.ctrlKey, shiftKey: e.shiftKey, altKey: e.altKey, metaKey: e.metaKey, button: e.button, buttons: e.buttons,
    });
  };
  const atTheGame = (e) => {
    const c = e.target;
    if (!(c instanceof HTMLCanvasElement)) return;
    if (!replays.has(e)) {
      if (e.type === "mousedown" || e.type === "touchstart") {
        replayHeld();
        const press = ++unseen;
        requestAnimationFrame(() => requestAnimationFrame(() => {
          if (press === unseen) {
            unseen = 0;
            replayHeld();
          }
        }));
      } else if ((e.type === "mouseup" || e.type === "touchend") && unseen > 0) {
        e.stopImmediatePropagation();
        if (e.type === "touchend" && e.cancelable) e.preventDefault();
        const copy = copyOf(e);
        replays.add(copy);
        held.push([c, copy]);
        return;
      }
    }
    mapPointer(e, c);
  };
  // Passive where the listener never calls preventDefault: touchstart and touchmove then never wait for it.
  for (const type of ["mousedown", "mousemove", "touchstart", "touchmove"]) {
    window.addEventListener(type, atTheGame, { capture: true, passive: true });
  }
  for (const type of ["mouseup", "touchend"]) window.addEventListener(type, atTheGame, { capture: true, passive: false });

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

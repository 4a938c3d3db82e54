// Bakery for screen readers and keyboards: names the game's canvas and keeps a short description of the run
// current, and announces the run's important moments (plate full, plate empty, finished) in an off-screen live
// region, no faster than a listener can follow. #announce=off in the address keeps an embed quiet.
// It needs #game-description and #game-announcer in the page, and loader.js's "bakery:ready".
"use strict";
(() => {
  const desc = document.getElementById("game-description");
  const live = document.getElementById("game-announcer");
  if (!desc || !live) return;

  const LABEL = "Bakery: bakers and eaters sharing a plate. Press H for the keys.";
  // Pacing. A busy run has the plate full many times a second; a screen reader needs a few seconds for a
  // sentence. So moments are gathered briefly and only the latest is said, at most one sentence every GAP ms,
  // and the same kind of moment again only after REPEAT ms: a run stuck at a full plate is said to be, not
  // chanted. The description is refreshed every DESCRIBE ms, which no screen reader reads by itself.
  const GATHER = 300, GAP = 4000, REPEAT = 12000, DESCRIBE = 3000;

  // Not in the query string: the game's parser (session.Parse) would call it a bad setting and drop it. The
  // fragment reaches only the page's scripts, and keepURL keeps it.
  const quiet = new URLSearchParams(location.hash.slice(1)).get("announce") === "off";

  // Ebitengine creates the canvas when the program starts (internal/ui/ui_js.go) and gives it tabindex=1, which
  // would put the game before the page's own controls in the tab order (WCAG 2.4.3); 0 keeps the page's order.
  // role=application, not img: the game is driven from the keyboard, and in an img a screen reader's browse
  // mode would take H (next heading), space and the arrows for itself instead of passing them to the game.
  function label(canvas) {
    if (canvas.getAttribute("aria-label") === LABEL) return;
    canvas.setAttribute("role", "application");
    canvas.setAttribute("aria-label", LABEL);
    canvas.setAttribute("aria-describedby", desc.id);
    canvas.tabIndex = 0;
  }
  const findCanvas = () => document.querySelector("body > canvas");

  // Ebitengine's canvas calls preventDefault on every keydown, Tab too, so a keyboard that reached the game
  // could never leave it (WCAG 2.1.2). Tab is no key of the game's: keep it from the canvas, before its own
  // listener, and the browser moves the focus on as usual.
  // The focus ring (bakery.css) is for the keyboard. :focus-visible alone would show it after a click as well:
  // Ebitengine focuses the canvas from script on mousedown, which Chromium takes for a keyboard focus once a
  // key has been pressed on the page. So a pointer on the canvas marks it, and Tab, which brings the keyboard's
  // focus, clears the mark.
  window.addEventListener("keydown", (e) => {
    if (e.key !== "Tab") return;
    findCanvas()?.classList.remove("pointer-focus");
    if (e.target instanceof HTMLCanvasElement) e.stopImmediatePropagation();
  }, true);
  window.addEventListener("pointerdown", (e) => {
    if (e.target instanceof HTMLCanvasElement) e.target.classList.add("pointer-focus");
  }, true);
  new MutationObserver(() => {
    const c = findCanvas();
    if (c) label(c);
  }).observe(document.body, { childList: true });

  // Announce only while the game can be seen: many embeds on one article must not talk over each other, and
  // one scrolled out of view (where the game stands still) has nothing to say.
  let inView = true;
  const shown = () => document.visibilityState === "visible" && inView;
  if (window.IntersectionObserver) {
    new IntersectionObserver((entries) => {
      inView = entries[entries.length - 1].isIntersecting;
      if (!shown()) drop();
    }).observe(document.documentElement);
  }
  document.addEventListener("visibilitychange", () => { if (!shown()) drop(); });

  // Words.
  const plural = (n, word) => n === 1 ? "1 " + word : n + " " + word + "s";
  const loaves = (n) => n === 1 ? "1 loaf" : n + " loaves";
  const seconds = (t) => Number(t).toFixed(1) + " s";
  // who names up to three actors ("John, Mike and Ann") and counts more ("5 bakers").
  function who(names, word) {
    if (names.length > 3) return plural(names.length, word);
    return names.length < 2 ? names.join("") : names.slice(0, -1).join(", ") + " and " + names[names.length - 1];
  }
  const waits = (names, word, what) => who(names, word) + (names.length === 1 ? " waits " : " wait ") + what;

  // describe says where the run is: "3.2 s: 2 bakers, 2 eaters, plate 4 of 6; John waits at a full plate."
  function describe(st) {
    if (!st || !Array.isArray(st.actors)) return "";
    const bakers = st.actors.filter((a) => a.role === "baker");
    const eaters = st.actors.filter((a) => a.role === "eater");
    const plate = st.capacity > 0 ? `plate ${st.on_plate} of ${st.capacity}` : "no plate: loaves go hand to hand";
    const parts = [`${plural(bakers.length, "baker")}, ${plural(eaters.length, "eater")}, ${plate}`];
    const full = bakers.filter((a) => a.state === "waiting to put").map((a) => a.name);
    const hungry = eaters.filter((a) => a.state === "waiting for a loaf").map((a) => a.name);
    if (full.length) parts.push(waits(full, "baker", st.capacity > 0 ? "at a full plate" : "for an eater"));
    if (hungry.length) parts.push(waits(hungry, "eater", "for a loaf"));
    if (st.finished) return `Finished at ${seconds(st.time_s)}: ${loaves(st.baked)} baked, ${st.eaten} eaten; ${parts[0]}.`;
    if (st.paused) parts.push("paused");
    return `${seconds(st.time_s)}: ${parts.join("; ")}.`;
  }

  // sentence says one moment, from the data bakery.on passes.
  function sentence(kind, d) {
    switch (kind) {
      case "plateFull":
        if (!(d.capacity > 0)) return `No plate: ${d.baker || "a baker"} waits for an eater.`;
        return `Plate full, ${d.plate} of ${d.capacity}: ${d.baker || "a baker"} waits with a loaf.`;
      case "plateEmpty":
        return `Plate empty: ${d.eater || "an eater"} waits for a loaf.`;
      default:
        return d.baked === d.eaten
          ? `Finished at ${seconds(d.t_s)}: ${loaves(d.eaten)} baked and eaten.`
          : `Finished at ${seconds(d.t_s)}: ${loaves(d.baked)} baked, ${d.eaten} eaten.`;
    }
  }

  let pending = null, since = 0, timer = 0;
  let last = -Infinity, lastKind = "", lastText = "";
  function drop() {
    clearTimeout(timer);
    timer = 0;
    pending = null;
  }
  // moment is called by the game, during its frame: it only notes the moment and sets a timer.
  function moment(kind, data) {
    if (quiet || !shown()) return;
    if (pending && pending.kind === "finished" && kind !== "finished") return; // the end of a run is always said
    const now = performance.now();
    if (!pending) since = now;
    pending = { kind, data: data || {} };
    clearTimeout(timer);
    const gap = kind === lastKind && kind !== "finished" ? REPEAT : GAP;
    // Measured from the first moment of the batch, so that a steady stream of moments cannot put it off.
    timer = setTimeout(flush, Math.max(since + GATHER, last + gap) - now);
  }
  function flush() {
    const p = pending;
    drop();
    if (!p || quiet || !shown()) return;
    const text = sentence(p.kind, p.data);
    if (text === lastText && p.kind !== "finished") return; // never the same sentence twice in a row
    say(text);
    last = performance.now();
    lastKind = p.kind;
    lastText = text;
    refresh();
  }
  function say(text) {
    if (live.textContent !== text) {
      live.textContent = text;
      return;
    }
    // The same text again (a replayed run finishing just as before) is no change to the region: empty it
    // first, and set it a moment later, so that screen readers see a new message.
    live.textContent = "";
    setTimeout(() => { live.textContent = text; }, 100);
  }

  function refresh() {
    const api = window.bakery;
    if (!api || typeof api.state !== "function" || !shown()) return;
    const text = describe(api.state());
    if (text && text !== desc.textContent) desc.textContent = text;
  }

  function start() {
    const c = findCanvas();
    if (c) label(c);
    const api = window.bakery;
    if (!api || typeof api.on !== "function") return;
    for (const kind of ["plateFull", "plateEmpty", "finished"]) api.on(kind, (data) => moment(kind, data));
    refresh();
    setInterval(refresh, DESCRIBE);
  }
  // The game may already be up if this script was loaded late.
  if (performance.getEntriesByName("bakery-first-frame").length > 0) start();
  else window.addEventListener("bakery:ready", start, { once: true });
})();

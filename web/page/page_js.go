// Package page connects a bakery session to the web page it runs in: window.bakery for scripts in the page,
// postMessage for a page that embeds it from another origin, the URL, and the page's visibility and the
// system's preferences.
package page

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall/js"
	"time"

	"github.com/gobakery/bakery/game/session"
)

// Host is what a page connects to: the game's session, and a way to keep the session's state current while the
// page is hidden and nothing draws (game.Game.Idle).
type Host interface {
	Session() *session.Session
	Idle()
	OnRecorded(func(gif []byte, err error))
	Drawn() int // how many frames the game has drawn
	// HoldFirstFrame has the game draw its first frame again until the page has shown it: see game.Game.
	HoldFirstFrame() (release func())
}

// bridge connects one session to its page.
type bridge struct {
	s     *session.Session
	idle  func()
	drawn func() int

	reading   atomic.Bool // set reads a page's values
	recording atomic.Bool // a clip asked for by record is being made

	mu        sync.Mutex
	sinks     map[string][]sink // bakery.on functions and postMessage subscribers, by event
	hidden    bool              // the tab is hidden
	offscreen bool              // the page (an iframe) is scrolled out of view
	funcs     []js.Func         // kept alive for the life of the program
}

// Start exposes s to the page as window.bakery, answers postMessage requests, suspends s while the page is
// hidden or scrolled out of view, follows the system's reduced-motion and colour preferences, keeps the address
// bar a link to what is on screen and the page's colours those of the game, and tells the loader when the first
// frame is drawn.
func Start(h Host) {
	mark("bakery-game-made")
	s := h.Session()
	b := &bridge{s: s, idle: h.Idle, drawn: h.Drawn, sinks: map[string][]sink{}}
	for _, name := range session.EventNames() {
		_ = s.On(name, b.emit)
	}
	h.OnRecorded(func(gif []byte, err error) {
		b.recording.Store(false)
		download(gif, err)
	})
	b.exposeAPI()
	b.listenMessages()
	b.watchVisibility()
	b.watchPreferences()
	b.waitFirstFrame(h.HoldFirstFrame())
	go b.keepURL()
	go b.keepCurrent()
}

// keepCurrent, while the page is hidden or out of view, has the game apply changes and publish its state a few
// times a second, as its drawing no longer does: a script that sets something and reads state() sees it.
func (b *bridge) keepCurrent() {
	for range time.Tick(250 * time.Millisecond) {
		b.mu.Lock()
		off := b.hidden || b.offscreen
		b.mu.Unlock()
		if off {
			b.idle()
		}
	}
}

func (b *bridge) fn(f func(this js.Value, args []js.Value) any) js.Func {
	jf := js.FuncOf(f)
	b.funcs = append(b.funcs, jf)
	return jf
}

// emit passes a session event to the page's functions and subscribed windows. It runs on the session's
// goroutine, inside Update.
func (b *bridge) emit(event string, data map[string]any) {
	b.mu.Lock()
	sinks := slices.Clone(b.sinks[event])
	b.mu.Unlock()
	if len(sinks) == 0 {
		return
	}
	d := toJS(data)
	for _, to := range sinks {
		if to.peer != nil {
			to.peer.post(toJS(map[string]any{"bakery": "event", "event": event, "data": data}))
			continue
		}
		callListener(to.fn, event, d)
	}
}

// callListener calls a page's listener; an exception in it is logged, not allowed to stop the game.
func callListener(f js.Value, event string, d js.Value) {
	defer func() {
		if r := recover(); r != nil {
			pageCall(js.Global().Get("console"), "error", "bakery: listener for "+event+" threw: "+describe(r))
		}
	}()
	f.Invoke(d, event)
}

// pageCall calls a method of the page's, which may have been replaced by something that throws: an exception
// is ignored, as the game must go on.
func pageCall(obj js.Value, method string, args ...any) {
	defer func() { _ = recover() }()
	if obj.Truthy() {
		obj.Call(method, args...)
	}
}

// watchVisibility suspends the session while the tab is hidden or the page is scrolled out of view (in an
// iframe, out of the host page's view), so that many embeds on one article do not all use the CPU.
func (b *bridge) watchVisibility() {
	doc := js.Global().Get("document")
	update := func() {
		b.mu.Lock()
		off := b.hidden || b.offscreen
		b.mu.Unlock()
		b.s.Suspend(off)
	}
	doc.Call("addEventListener", "visibilitychange", b.fn(func(js.Value, []js.Value) any {
		b.mu.Lock()
		b.hidden = doc.Get("visibilityState").String() == "hidden"
		b.mu.Unlock()
		update()
		return nil
	}))
	io := js.Global().Get("IntersectionObserver")
	if !io.Truthy() {
		return
	}
	obs := io.New(b.fn(func(_ js.Value, args []js.Value) any {
		entries := args[0]
		if n := entries.Length(); n > 0 {
			b.mu.Lock()
			b.offscreen = !entries.Index(n - 1).Get("isIntersecting").Bool()
			b.mu.Unlock()
			update()
		}
		return nil
	}))
	obs.Call("observe", doc.Get("documentElement"))
}

// watchPreferences tells the session what the system prefers now and whenever it changes: the settings left to
// the system (theme=auto, reduced-motion=auto) follow it.
func (b *bridge) watchPreferences() {
	mm := js.Global().Get("matchMedia")
	if !mm.Truthy() {
		return
	}
	dark := js.Global().Call("matchMedia", "(prefers-color-scheme: dark)")
	calm := js.Global().Call("matchMedia", "(prefers-reduced-motion: reduce)")
	touch := js.Global().Call("matchMedia", "(pointer: coarse)")
	tell := func() {
		_ = b.s.Do(session.Prefer(session.System{Dark: dark.Get("matches").Bool(),
			ReducedMotion: calm.Get("matches").Bool(), Touch: touch.Get("matches").Bool()}))
	}
	tell()
	for _, q := range []js.Value{dark, calm, touch} {
		q.Call("addEventListener", "change", b.fn(func(js.Value, []js.Value) any { tell(); return nil }))
	}
}

// waitFirstFrame tells the loader (bakeryPage.ready) and an embedding page ({bakery: "ready"}) when the first
// frame is on screen: the animation frame after the one in which the game first drew (as the bare page of
// web/measure marks its own). Until then the game draws its first frame again (release ends that).
func (b *bridge) waitFirstFrame(release func()) {
	raf := js.Global().Get("requestAnimationFrame")
	var tick js.Func
	updated := false
	tick = js.FuncOf(func(js.Value, []js.Value) any {
		if updated {
			tick.Release()
			release() // the first frame is on screen: the next may draw the rest
			pageCall(js.Global().Get("bakeryPage"), "ready")
			if parent := js.Global().Get("parent"); !parent.Equal(js.Global().Get("window")) {
				(&peer{win: parent}).post(toJS(map[string]any{"bakery": "ready"}))
			}
			return nil
		}
		updated = b.drawn() > 0
		raf.Invoke(tick)
		return nil
	})
	raf.Invoke(tick)
}

// keepURL keeps the address bar's query a link to what is on screen, with history.replaceState (no new history
// entries), and the page's colours those of the game.
func (b *bridge) keepURL() {
	theme := ""
	for range time.Tick(250 * time.Millisecond) {
		st := b.s.State()
		if st.Settings == nil {
			continue
		}
		if st.Theme != theme {
			theme = st.Theme
			pageCall(js.Global().Get("bakeryPage"), "setTheme", theme)
		}
		b.writeURL(Query(st.Settings))
	}
}

// writeURL puts query in the address bar; a page that replaced history or location with something that throws
// keeps its address.
func (b *bridge) writeURL(q string) {
	defer func() { _ = recover() }()
	loc := js.Global().Get("location")
	if q == strings.TrimPrefix(loc.Get("search").String(), "?") {
		return
	}
	u := loc.Get("pathname").String()
	if q != "" {
		u += "?" + q
	}
	u += loc.Get("hash").String()
	history := js.Global().Get("history")
	history.Call("replaceState", history.Get("state"), "", u)
}

// download offers a recorded clip to the reader as bakery.gif, and tells the page (a "bakery:recorded" event on
// window, with the clip's size in bytes, or its error).
func download(gif []byte, err error) {
	defer func() { _ = recover() }()
	detail := map[string]any{"bytes": len(gif)}
	if err != nil {
		detail = map[string]any{"error": err.Error()}
	} else {
		u8 := js.Global().Get("Uint8Array").New(len(gif))
		js.CopyBytesToJS(u8, gif)
		blob := js.Global().Get("Blob").New([]any{u8}, map[string]any{"type": "image/gif"})
		url := js.Global().Get("URL").Call("createObjectURL", blob)
		a := js.Global().Get("document").Call("createElement", "a")
		a.Set("href", url)
		a.Set("download", "bakery.gif")
		a.Call("click")
		js.Global().Call("setTimeout", js.FuncOf(func(js.Value, []js.Value) any {
			js.Global().Get("URL").Call("revokeObjectURL", url)
			return nil
		}), 10000)
	}
	tellPage("bakery:recorded", detail)
}

// tellPage dispatches a CustomEvent named name on window, with detail.
func tellPage(name string, detail map[string]any) {
	defer func() { _ = recover() }()
	ev := js.Global().Get("CustomEvent").New(name, map[string]any{"detail": detail})
	js.Global().Call("dispatchEvent", ev)
}

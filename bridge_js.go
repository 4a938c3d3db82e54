package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall/js"
	"time"

	"github.com/gobakery/bakery/game"
	"github.com/gobakery/bakery/sim"
)

// events are the names bakery.on accepts.
var events = []string{"plateFull", "plateEmpty", "loafEaten", "finished"}

// bridge connects one game to its page: window.bakery for scripts in the page, postMessage for a page that
// embeds it from another origin, and the page's visibility, preferences and address bar.
type bridge struct {
	g *game.Game

	mu        sync.Mutex
	listeners map[string][]js.Value // bakery.on, by event
	watchers  map[string][]peer     // postMessage subscribers, by event
	ui, theme string                // as last set, for the URL; the State does not carry them
	motion    string                // reduced-motion, if the URL or a script set it
	preset    string                // the preset the scenario started from, which the State forgets on changes
	hidden    bool                  // the tab is hidden
	offscreen bool                  // the page (an iframe) is scrolled out of view
	funcs     []js.Func             // kept alive for the life of the program
}

// peer is a window that talks to the game through postMessage.
type peer struct {
	win    js.Value
	origin string
}

// startBridge exposes g to the page as window.bakery, answers postMessage requests, suspends g while the page
// is hidden or scrolled out of view, follows the system's reduced-motion and colour preferences, keeps the
// address bar a link to what is on screen, and tells the loader when the first frame is drawn.
func startBridge(g *game.Game) {
	mark("bakery-game-made")
	b := &bridge{g: g, listeners: map[string][]js.Value{}, watchers: map[string][]peer{}}
	settings, _ := querySettings(js.Global().Get("location").Get("search").String())
	cfg, _ := game.ParseConfig(settings)
	b.ui = cfg.UI
	for _, s := range settings {
		v := strings.TrimSpace(s.Value)
		switch {
		case !valid(s):
		case s.Key == "theme":
			b.theme = v
		case s.Key == "reduced-motion":
			b.motion = strconv.FormatBool(cfg.ReducedMotion)
		case s.Key == "preset":
			b.preset = v
		}
	}
	g.On(b.emit)
	b.exposeAPI()
	b.listenMessages()
	b.watchVisibility()
	b.watchPreferences()
	b.waitFirstFrame()
	go b.keepURL()
}

func (b *bridge) fn(f func(this js.Value, args []js.Value) any) js.Func {
	jf := js.FuncOf(f)
	b.funcs = append(b.funcs, jf)
	return jf
}

// exposeAPI sets window.bakery. No method throws: set returns its errors, the others return nothing.
func (b *bridge) exposeAPI() {
	api := js.Global().Get("Object").New()
	api.Set("state", b.fn(func(js.Value, []js.Value) any { return b.state() }))
	api.Set("set", b.fn(func(_ js.Value, args []js.Value) any {
		var v js.Value
		if len(args) > 0 {
			v = args[0]
		}
		return b.set(v)
	}))
	for name, f := range map[string]func(){"play": b.g.Play, "pause": b.g.Pause, "step": b.g.Step, "reset": b.g.Reset} {
		api.Set(name, b.fn(func(js.Value, []js.Value) any { f(); return nil }))
	}
	api.Set("on", b.fn(func(_ js.Value, args []js.Value) any {
		defer ignoreBadValue() // a BigInt argument makes syscall/js panic
		if len(args) < 2 || args[0].Type() != js.TypeString || args[1].Type() != js.TypeFunction {
			return errorList(errors.New("on wants an event name and a function, such as on(\"loafEaten\", fn)"))
		}
		ev := args[0].String()
		if !slices.Contains(events, ev) {
			return errorList(&sim.SettingError{Key: "event", Value: ev, Allowed: strings.Join(events, ", ")})
		}
		b.mu.Lock()
		b.listeners[ev] = append(b.listeners[ev], args[1])
		b.mu.Unlock()
		return errorList()
	}))
	api.Set("events", toJS(events))
	js.Global().Set("bakery", api)
}

// state returns g.State() as a plain JavaScript object, the same JSON as bakesim -json plus what is on screen.
func (b *bridge) state() js.Value {
	return toJS(b.g.State())
}

// set applies a JavaScript object of settings, {plate: 2, bakers: 3}, and returns an array of errors, each
// {key, value, allowed, message}; an empty array means every setting was taken.
func (b *bridge) set(v js.Value) (result js.Value) {
	defer func() {
		if r := recover(); r != nil {
			result = errorList(fmt.Errorf("set failed: %v", r))
		}
	}()
	if v.Type() != js.TypeObject || js.Global().Get("Array").Call("isArray", v).Bool() {
		return errorList(errors.New("set wants an object of settings, such as {plate: 2}"))
	}
	keys := js.Global().Get("Object").Call("keys", v)
	var settings []sim.Setting
	for i := range keys.Length() {
		k := keys.Index(i).String()
		settings = append(settings, sim.Setting{Key: k, Value: jsText(v.Get(k))})
	}
	err := b.g.Set(settings)
	bad := map[string]bool{}
	for _, e := range unjoin(err) {
		var se *sim.SettingError
		if errors.As(e, &se) {
			bad[se.Key] = true
		}
	}
	b.mu.Lock()
	for _, s := range settings {
		if bad[s.Key] {
			continue
		}
		switch s.Key {
		case "ui":
			b.ui = strings.TrimSpace(s.Value)
		case "theme":
			b.theme = strings.TrimSpace(s.Value)
			js.Global().Get("bakeryPage").Call("setTheme", b.theme)
		case "reduced-motion":
			b.motion = s.Value
		case "preset":
			b.preset = strings.TrimSpace(s.Value)
		}
	}
	b.mu.Unlock()
	return errorList(unjoin(err)...)
}

// valid reports whether one setting is good, by the one parser.
func valid(s sim.Setting) bool {
	_, err := game.ParseConfig([]sim.Setting{s})
	return err == nil
}

// jsText turns a setting's JavaScript value into the text a URL would carry: 2 → "2", true → "true",
// ["Ann", "Bo"] → "Ann,Bo".
func jsText(v js.Value) string {
	switch v.Type() {
	case js.TypeString:
		return v.String()
	case js.TypeObject:
		if js.Global().Get("Array").Call("isArray", v).Bool() {
			return v.Call("join", ",").String()
		}
	}
	return js.Global().Call("String", v).String()
}

// errorList makes the array set returns.
func errorList(errs ...error) js.Value {
	list := make([]any, 0, len(errs))
	for _, e := range errs {
		m := map[string]any{"message": e.Error()}
		var se *sim.SettingError
		if errors.As(e, &se) {
			m["key"], m["value"], m["allowed"] = se.Key, se.Value, se.Allowed
		}
		list = append(list, m)
	}
	return js.ValueOf(list)
}

// toJS converts v to a JavaScript value through JSON, so that field names are the JSON tags.
func toJS(v any) js.Value {
	data, err := json.Marshal(v)
	if err != nil {
		return js.ValueOf(map[string]any{"error": err.Error()})
	}
	return js.Global().Get("JSON").Call("parse", string(data))
}

// emit passes a game event to bakery.on listeners and postMessage subscribers. It runs on the game's goroutine.
func (b *bridge) emit(event string, data map[string]any) {
	b.mu.Lock()
	fns := slices.Clone(b.listeners[event])
	peers := slices.Clone(b.watchers[event])
	b.mu.Unlock()
	if len(fns) == 0 && len(peers) == 0 {
		return
	}
	d := toJS(data)
	for _, f := range fns {
		callListener(f, event, d)
	}
	for _, p := range peers {
		post(p, map[string]any{"bakery": "event", "event": event, "data": data})
	}
}

// callListener calls a page's listener; an exception in it is logged, not allowed to stop the game.
func callListener(f js.Value, event string, d js.Value) {
	defer func() {
		if r := recover(); r != nil {
			js.Global().Get("console").Call("error", fmt.Sprintf("bakery: listener for %s threw: %v", event, r))
		}
	}()
	f.Invoke(d, event)
}

// post sends msg to a peer window.
func post(p peer, msg any) {
	defer func() { _ = recover() }() // the peer may have gone away
	origin := p.origin
	if origin == "" || origin == "null" {
		origin = "*"
	}
	p.win.Call("postMessage", toJS(msg), origin)
}

// listenMessages answers postMessage requests shaped {bakery: "state"|"set"|"play"|"pause"|"step"|"reset"|"on",
// id, settings, event}: the reply is {bakery: "reply", id, op, result} or {…, error}. Messages of any other
// shape are ignored.
func (b *bridge) listenMessages() {
	js.Global().Call("addEventListener", "message", b.fn(func(_ js.Value, args []js.Value) any {
		defer ignoreBadValue() // any page may post anything, a BigInt included: it must not stop the game
		if len(args) == 0 {
			return nil
		}
		e := args[0]
		data := e.Get("data")
		if data.Type() != js.TypeObject || data.Get("bakery").Type() != js.TypeString || !e.Get("source").Truthy() {
			return nil
		}
		op := data.Get("bakery").String()
		if op == "reply" || op == "event" || op == "ready" {
			return nil // our own kind of message, echoed
		}
		p := peer{win: e.Get("source"), origin: e.Get("origin").String()}
		reply := js.Global().Get("Object").New()
		reply.Set("bakery", "reply")
		reply.Set("op", op)
		reply.Set("id", data.Get("id"))
		switch op {
		case "state":
			reply.Set("result", b.state())
		case "set":
			reply.Set("result", b.set(data.Get("settings")))
		case "play":
			b.g.Play()
		case "pause":
			b.g.Pause()
		case "step":
			b.g.Step()
		case "reset":
			b.g.Reset()
		case "on":
			ev := jsText(data.Get("event"))
			if !slices.Contains(events, ev) {
				reply.Set("error", fmt.Sprintf("event %q: want one of %s", ev, strings.Join(events, ", ")))
				break
			}
			b.mu.Lock()
			if !slices.ContainsFunc(b.watchers[ev], func(q peer) bool { return q.win.Equal(p.win) }) {
				b.watchers[ev] = append(b.watchers[ev], p)
			}
			b.mu.Unlock()
		default:
			reply.Set("error", fmt.Sprintf("operation %q: want state, set, play, pause, step, reset or on", op))
		}
		origin := p.origin
		if origin == "" || origin == "null" {
			origin = "*"
		}
		p.win.Call("postMessage", reply, origin)
		return nil
	}))
}

// watchVisibility suspends the game while the tab is hidden or the page is scrolled out of view (in an
// iframe, out of the host page's view), so that many embeds on one article do not all use the CPU.
func (b *bridge) watchVisibility() {
	doc := js.Global().Get("document")
	update := func() {
		b.mu.Lock()
		off := b.hidden || b.offscreen
		b.mu.Unlock()
		b.g.Suspend(off)
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

// watchPreferences follows changes of the system's reduced-motion and colour-scheme preferences, unless the
// URL or a script chose.
func (b *bridge) watchPreferences() {
	if !js.Global().Get("matchMedia").Truthy() {
		return
	}
	follow := func(query, key, on, off string, chosen func() bool) {
		mq := js.Global().Call("matchMedia", query)
		mq.Call("addEventListener", "change", b.fn(func(_ js.Value, args []js.Value) any {
			if chosen() {
				return nil
			}
			v := off
			if args[0].Get("matches").Bool() {
				v = on
			}
			_ = b.g.Set([]sim.Setting{{Key: key, Value: v}})
			if key == "theme" {
				js.Global().Get("bakeryPage").Call("setTheme", v)
			}
			return nil
		}))
	}
	follow("(prefers-reduced-motion: reduce)", "reduced-motion", "true", "false", func() bool {
		b.mu.Lock()
		defer b.mu.Unlock()
		return b.motion != ""
	})
	follow("(prefers-color-scheme: dark)", "theme", "dark", "light", func() bool {
		b.mu.Lock()
		defer b.mu.Unlock()
		return b.theme != ""
	})
}

// waitFirstFrame tells the loader (bakeryPage.ready) and an embedding page ({bakery: "ready"}) when the first
// frame is on screen: the animation frame after the one in which the game first updated and drew.
func (b *bridge) waitFirstFrame() {
	raf := js.Global().Get("requestAnimationFrame")
	var tick js.Func
	updated := false
	tick = js.FuncOf(func(js.Value, []js.Value) any {
		if updated {
			tick.Release()
			if p := js.Global().Get("bakeryPage"); p.Truthy() {
				p.Call("ready")
			}
			if parent := js.Global().Get("parent"); !parent.Equal(js.Global().Get("window")) {
				post(peer{win: parent}, map[string]any{"bakery": "ready"})
			}
			return nil
		}
		updated = b.g.State().Settings != nil
		raf.Invoke(tick)
		return nil
	})
	raf.Invoke(tick)
}

// keepURL keeps the address bar's query a link to what is on screen, with history.replaceState (no new history
// entries). It writes the preset and the settings that differ from it, then the game's keys that differ from
// their defaults.
func (b *bridge) keepURL() {
	for range time.Tick(500 * time.Millisecond) {
		q := b.query(b.g.State())
		loc := js.Global().Get("location")
		if q == strings.TrimPrefix(loc.Get("search").String(), "?") {
			continue
		}
		u := loc.Get("pathname").String()
		if q != "" {
			u += "?" + q
		}
		u += loc.Get("hash").String()
		js.Global().Get("history").Call("replaceState", js.Global().Get("history").Get("state"), "", u)
	}
}

// query is the URL query for st: "preset=balanced&plate=2&speed=4".
func (b *bridge) query(st game.State) string {
	if st.Settings == nil {
		return strings.TrimPrefix(js.Global().Get("location").Get("search").String(), "?")
	}
	var parts []string
	add := func(k, v string) { parts = append(parts, url.QueryEscape(k)+"="+url.QueryEscape(v)) }
	b.mu.Lock()
	name := st.Settings["preset"]
	if name != "" {
		b.preset = name
	}
	name = b.preset
	b.mu.Unlock()
	base, ok := sim.Preset(name)
	if !ok {
		base = sim.MustPreset("seed")
	} else {
		add("preset", name)
	}
	def := map[string]string{}
	for _, s := range base.Settings() {
		def[s.Key] = s.Value
	}
	for _, k := range sim.Keys {
		if v, ok := st.Settings[k.Name]; ok && k.Name != "preset" && v != def[k.Name] {
			add(k.Name, v)
		}
	}
	d := game.DefaultConfig()
	if st.Speed != d.Speed {
		add("speed", strconv.FormatFloat(st.Speed, 'g', -1, 64))
	}
	if st.Paused {
		add("paused", "true")
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.ui != "" && b.ui != d.UI {
		add("ui", b.ui)
	}
	if b.theme != "" {
		add("theme", b.theme)
	}
	if b.motion != "" {
		add("reduced-motion", b.motion)
	}
	return strings.Join(parts, "&")
}

// ignoreBadValue recovers from the panic syscall/js raises on values it has no type for (a BigInt): such a
// message or call is ignored, as any other misshapen one is, and the game keeps running.
func ignoreBadValue() { _ = recover() }

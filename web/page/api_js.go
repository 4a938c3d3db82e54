package page

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"syscall/js"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/sim"
)

// op is one operation of the JavaScript API, served alike to window.bakery (bakery.set({plate: 2})) and to
// postMessage ({bakery: "set", id: 1, settings: {plate: 2}}): arg is the call's first argument, or the
// message's field named by the op, and sink is where events go for "on".
type op struct {
	name  string
	field string // the message's field that carries the argument
	run   func(b *bridge, arg js.Value, sink sink) any
}

// ops is the JavaScript API.
var ops = []op{
	{"state", "", func(b *bridge, _ js.Value, _ sink) any { return b.s.State() }},
	{"set", "settings", func(b *bridge, arg js.Value, _ sink) any { return b.set(arg) }},
	{"play", "", func(b *bridge, _ js.Value, _ sink) any { return b.act(control.Play) }},
	{"pause", "", func(b *bridge, _ js.Value, _ sink) any { return b.act(control.Pause) }},
	{"step", "", func(b *bridge, _ js.Value, _ sink) any { return b.act(control.Step) }},
	{"reset", "", func(b *bridge, _ js.Value, _ sink) any { return b.act(control.Reset) }},
	{"on", "event", func(b *bridge, arg js.Value, to sink) any { return b.on(stringOf(arg), to) }},
	{"off", "event", func(b *bridge, arg js.Value, to sink) any { return b.off(stringOf(arg), to) }},
	{"sweep", "sweep", func(b *bridge, arg js.Value, _ sink) any { return b.sweep(arg) }},
	{"tour", "tour", func(b *bridge, arg js.Value, _ sink) any { return b.tour(arg) }},
	{"record", "record", func(b *bridge, arg js.Value, _ sink) any { return b.record(arg) }},
}

// opNames lists the operations, for error messages.
func opNames() string {
	names := make([]string, len(ops))
	for i, o := range ops {
		names[i] = o.name
	}
	return strings.Join(names, ", ")
}

// sink is where an event goes: a page's function (bakery.on) or a window that asked by postMessage.
type sink struct {
	fn   js.Value
	peer *peer
}

// same reports whether s and t are the same function or the same window.
func (s sink) same(t sink) bool {
	if s.peer != nil || t.peer != nil {
		return s.peer != nil && t.peer != nil && s.peer.win.Equal(t.peer.win)
	}
	return s.fn.Equal(t.fn)
}

// act queues a key's or a button's change; it returns nothing, or an error if the queue is full.
func (b *bridge) act(a control.Action) any {
	if err := b.s.Do(session.Act(a)); err != nil {
		return errorList(err)
	}
	return nil
}

// set applies a JavaScript object of settings and returns an array of errors, each {key, value, allowed,
// message}; an empty array means every setting was taken.
func (b *bridge) set(v js.Value) any {
	// A getter that calls the API back would read the page's values inside the reading of them, Go and
	// JavaScript frames nesting until a stack runs out: such a call is refused.
	if !b.reading.CompareAndSwap(false, true) {
		return errorList(errors.New("bakery.set was called while it was reading the settings of another call (from a getter)"))
	}
	settings, bad := func() ([]sim.Setting, []error) {
		defer b.reading.Store(false)
		return settingsOf(v)
	}()
	if len(settings) == 0 && len(bad) > 0 {
		return errorList(bad...)
	}
	return errorList(append(bad, unjoin(b.s.Set(settings))...)...)
}

// maxSinks is the most listeners one event may have: a listener that subscribes itself again from inside
// itself, or a loop of on() calls, cannot grow the work of every frame without end.
const maxSinks = 32

// on subscribes to to the named event; it returns an empty array, or the error. A function or a window
// already subscribed to that event is not added twice.
func (b *bridge) on(name string, to sink) any {
	if !slices.Contains(session.EventNames(), name) {
		return errorList(&sim.SettingError{Key: "event", Value: name, Allowed: "one of " + strings.Join(session.EventNames(), ", ")})
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if slices.ContainsFunc(b.sinks[name], to.same) {
		return errorList()
	}
	if len(b.sinks[name]) >= maxSinks {
		return errorList(&sim.SettingError{Key: "event", Value: name,
			Allowed: fmt.Sprintf("at most %d listeners for one event; remove one with off(event, fn)", maxSinks)})
	}
	b.sinks[name] = append(b.sinks[name], to)
	return errorList()
}

// off removes a listener added with on; it returns an empty array whether or not there was one.
func (b *bridge) off(name string, to sink) any {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.sinks[name] = slices.DeleteFunc(slices.Clone(b.sinks[name]), to.same)
	return errorList()
}

// exposeAPI sets window.bakery, one method per op. No method throws.
func (b *bridge) exposeAPI() {
	api := objectObj.New()
	for _, o := range ops {
		api.Set(o.name, b.fn(func(_ js.Value, args []js.Value) (result any) {
			defer func() {
				if r := recover(); r != nil {
					result = toJS(errorList(fmt.Errorf("%s failed: %s", o.name, describe(r))))
				}
			}()
			var arg js.Value
			var to sink
			if len(args) > 0 {
				arg = args[0]
			}
			if o.name == "on" || o.name == "off" {
				if len(args) < 2 || !isFunction(args[1]) || stringOf(arg) == "" {
					return toJS(errorList(fmt.Errorf("%s wants an event name and a function, such as %s(\"loafEaten\", fn)", o.name, o.name)))
				}
				to.fn = args[1]
			}
			if r := o.run(b, arg, to); r != nil {
				return toJS(r)
			}
			return nil
		}))
	}
	api.Set("events", toJS(session.EventNames()))
	js.Global().Set("bakery", api)
}

// listenMessages answers postMessage requests shaped {bakery: op, id, …}: the reply is {bakery: "reply", id,
// op, result} or {…, error}. Messages of any other shape are ignored.
func (b *bridge) listenMessages() {
	js.Global().Call("addEventListener", "message", b.fn(func(_ js.Value, args []js.Value) any {
		defer func() { _ = recover() }() // any page may post anything: it must not stop the game
		if len(args) == 0 {
			return nil
		}
		e := args[0]
		data := e.Get("data") // a MessageEvent's own properties: no getter of the page's runs
		if ok, err := isObject(data); err != nil || !ok {
			return nil
		}
		tag, err := field(data, "bakery")
		name := stringOf(tag)
		if err != nil || name == "" || !e.Get("source").Truthy() {
			return nil
		}
		if name == "reply" || name == "event" || name == "ready" || name == "crashed" {
			return nil // our own kind of message, echoed
		}
		p := &peer{win: e.Get("source"), origin: e.Get("origin").String()}
		id, _ := field(data, "id")
		reply := map[string]any{"bakery": "reply", "op": name}
		i := slices.IndexFunc(ops, func(o op) bool { return o.name == name })
		if i < 0 {
			reply["error"] = fmt.Sprintf("operation %q: want one of %s", name, opNames())
		} else {
			var arg js.Value
			if ops[i].field != "" {
				arg, _ = field(data, ops[i].field)
			}
			result := ops[i].run(b, arg, sink{peer: p})
			if list, ok := result.([]map[string]any); ok && (name == "on" || name == "off") && len(list) > 0 {
				reply["error"] = list[0]["message"]
			} else if result != nil {
				reply["result"] = result
			}
		}
		msg := toJS(reply)
		msg.Set("id", id)
		p.post(msg)
		return nil
	}))
}

// peer is a window that talks to the game through postMessage.
type peer struct {
	win    js.Value
	origin string
}

// post sends msg to the peer, to its origin only.
func (p *peer) post(msg js.Value) {
	defer func() { _ = recover() }() // the peer may have gone away
	origin := p.origin
	if origin == "" || origin == "null" {
		origin = "*"
	}
	p.win.Call("postMessage", msg, origin)
}

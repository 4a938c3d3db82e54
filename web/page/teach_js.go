package page

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"syscall/js"

	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/game/tour"
	"github.com/gobakery/bakery/sim"
)

// sweep starts a what-if sweep of the scenario on screen: bakery.sweep({axis: "plate", from: 0, to: 20}), or
// by postMessage {bakery: "sweep", id, sweep: {axis, from, to}}. Each field may be left out (axis: plate; from
// and to: the axis's default range). It returns [] or the errors, as set does; state().sweep shows the sweep.
func (b *bridge) sweep(v js.Value) any {
	f, errs := b.fieldsOf(v, "sweep", `{axis: "plate", from: 0, to: 20}`, "axis", "from", "to")
	if len(errs) > 0 {
		return errorList(errs...)
	}
	return b.do(session.ParseSweep(f["axis"], f["from"], f["to"]))
}

// tour opens the tour at a chapter, or leaves it: bakery.tour("plate-of-two"), bakery.tour("off"), or by
// postMessage {bakery: "tour", id, tour: "off"}. It is the tour setting, as set({tour: …}) would take it.
func (b *bridge) tour(v js.Value) any {
	name, err := textOf(v)
	if err != nil || v.Type() != js.TypeString {
		return errorList(fmt.Errorf("tour wants a chapter's name or %q, such as tour(%q); the chapters: %s",
			tour.Off, tour.Chapters[1].Name, strings.Join(tour.Names(), ", ")))
	}
	return errorList(unjoin(b.s.Set([]sim.Setting{{Key: tour.Param.Name, Value: name}}))...)
}

// record asks the game for a GIF of the next seconds, which the page downloads: bakery.record({seconds: 10}),
// or by postMessage {bakery: "record", id, record: {seconds: 10}}; seconds may be left out (10 s). One clip at a
// time: while one is being made, another is refused. A clip asked for is told to the page (a "bakery:recording"
// event on window), whoever asked, so that a Record button can say so.
func (b *bridge) record(v js.Value) any {
	f, errs := b.fieldsOf(v, "record", "{seconds: 10}", "seconds")
	if len(errs) > 0 {
		return errorList(errs...)
	}
	c, err := session.ParseRecord(f["seconds"])
	if err == nil {
		err = b.claimRecording()
	}
	res := b.do(c, err)
	switch {
	case err != nil:
	case len(res) > 0:
		b.recording.Store(false) // not taken after all
	default:
		tellPage("bakery:recording", map[string]any{})
	}
	return res
}

// claimRecording takes the one clip there may be at a time, or says why a clip cannot be made now.
func (b *bridge) claimRecording() error {
	b.mu.Lock()
	off := b.hidden || b.offscreen
	b.mu.Unlock()
	if off {
		return errors.New("record: the page is hidden or scrolled out of view; a clip records what is on screen")
	}
	if !b.recording.CompareAndSwap(false, true) {
		return errors.New("record: a clip is being made; another can be asked for once it is done (the bakery:recorded event)")
	}
	return nil
}

// do queues a change a checked constructor made: it returns [] if the change was taken, or the errors.
func (b *bridge) do(c session.Change, err error) []map[string]any {
	if err != nil {
		return errorList(unjoin(err)...)
	}
	if err := b.s.Do(c); err != nil {
		return errorList(err)
	}
	return errorList()
}

// fieldsOf reads an options object of op's, such as {axis: "plate", from: 0}, as text by field name: a field
// left out, undefined or null reads as "", and so does every field when v itself is undefined or null. A field
// of another name, or a value that cannot be read, is an error.
func (b *bridge) fieldsOf(v js.Value, op, example string, names ...string) (map[string]string, []error) {
	if v.IsUndefined() || v.IsNull() {
		return map[string]string{}, nil
	}
	if ok, err := isObject(v); err != nil || !ok {
		return nil, []error{fmt.Errorf("%s wants an object such as %s, or nothing", op, example)}
	}
	// As in set: a getter that calls the API back is refused rather than nested.
	if !b.reading.CompareAndSwap(false, true) {
		return nil, []error{fmt.Errorf("bakery.%s was called while another call was reading its values (from a getter)", op)}
	}
	defer b.reading.Store(false)
	out, errs, err := readFields(v, op, names)
	if err != nil {
		return nil, []error{err}
	}
	return out, errs
}

// readFields reads the fields of fieldsOf; an exception the page's values throw is err.
func readFields(v js.Value, op string, names []string) (out map[string]string, errs []error, err error) {
	defer guard(&err)
	out = map[string]string{}
	keys := objectObj.Call("keys", v) // a real array of strings, whatever v is
	for i := range min(keys.Length(), session.MaxSettings) {
		if k := stringOf(keys.Index(i)); !slices.Contains(names, k) {
			errs = append(errs, &sim.SettingError{Key: clip(k, maxKeyLen), Value: "",
				Allowed: "one of the fields " + op + " takes: " + strings.Join(names, ", ")})
		}
	}
	for _, name := range names {
		raw, err := field(v, name)
		if err == nil && (raw.IsUndefined() || raw.IsNull()) {
			continue
		}
		var text string
		if err == nil {
			text, err = textOf(raw)
		}
		if err != nil {
			errs = append(errs, &sim.SettingError{Key: name, Value: "(unreadable)", Allowed: "a value that can be read: " + err.Error()})
			continue
		}
		out[name] = text
	}
	return out, errs, nil
}

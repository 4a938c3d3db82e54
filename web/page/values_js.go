package page

import (
	"encoding/json"
	"errors"
	"fmt"
	"syscall/js"

	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/sim"
)

// Values a page passes in are read defensively. syscall/js's Value.Get and Index run the page's getters (and a
// Proxy's traps) without catching what they throw, and an exception that unwinds through Go's frames ends the
// program ("fatal error: unknown caller pc"); Call, Invoke and New catch it and panic in Go instead, which
// can be recovered. So a value of the page's is only ever read through Call (Reflect.get, Object.keys, String,
// Array.isArray), inside recover: a throwing getter or Proxy is then one bad setting, not a crash. What a
// recovered exception says is itself read the same way (describe), as it may be an object whose message
// throws too. Keys and values longer than a setting can be are refused before they are copied into Go.

var (
	reflectObj = js.Global().Get("Reflect")
	objectObj  = js.Global().Get("Object")
	arrayObj   = js.Global().Get("Array")
	stringFn   = js.Global().Get("String")
)

// Longest key and value read from a page; longer ones are refused without being copied.
const (
	maxKeyLen   = 64
	maxValueLen = 2048
)

// errBadValue is what a value that cannot be read (a throwing getter, a BigInt, a revoked Proxy) becomes.
var errBadValue = errors.New("a value that cannot be read")

// guard turns a panic (a JavaScript exception caught by Call, or syscall/js refusing a BigInt) into err.
func guard(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%w (%s)", errBadValue, describe(r))
	}
}

// describe says what a recovered panic was, in a few words, without running more of the page's code than
// String() of a thrown value, itself guarded.
func describe(r any) (s string) {
	defer func() {
		if recover() != nil {
			s = "an exception"
		}
	}()
	var e js.Error
	switch v := r.(type) {
	case js.Error:
		e = v
	case error:
		return clip(v.Error(), 120)
	case string:
		return clip(v, 120)
	default:
		return "an exception"
	}
	t := stringFn.Invoke(e.Value) // Invoke catches a throwing toString: a second panic, recovered above
	if t.Type() != js.TypeString || strLen(t) > 10*120 {
		return "an exception"
	}
	return clip(t.String(), 120)
}

// strLen is the length of a JavaScript string, in UTF-16 units, without copying it into Go. (Value.Length
// takes only objects: a string is wrapped as a String object, whose length is a plain property.)
func strLen(v js.Value) int {
	return objectObj.Invoke(v).Get("length").Int()
}

// clip cuts s to n runes, with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// isObject reports whether v is a plain object that is not an array.
func isObject(v js.Value) (ok bool, err error) {
	defer guard(&err)
	if v.Type() != js.TypeObject {
		return false, nil
	}
	return !arrayObj.Call("isArray", v).Bool(), nil
}

// settingsOf reads a JavaScript object of settings, {plate: 2, bakers: 3}, as settings, refusing at once an
// object with more keys than a Change may carry. A key or a value that cannot be read is one error, and the
// others are still read.
func settingsOf(v js.Value) (settings []sim.Setting, errs []error) {
	var err error
	defer func() {
		if err != nil {
			settings, errs = nil, []error{err}
		}
	}()
	defer guard(&err)
	if ok, oerr := isObject(v); oerr != nil || !ok {
		err = errors.New("set wants an object of settings, such as {plate: 2}")
		return
	}
	keys := objectObj.Call("keys", v) // a real array of strings, whatever v is
	n := keys.Length()
	if n > session.MaxSettings {
		err = &sim.SettingError{Key: "settings", Value: fmt.Sprintf("%d settings", n),
			Allowed: fmt.Sprintf("at most %d at once", session.MaxSettings)}
		return
	}
	for i := range n {
		kv := keys.Index(i)
		if n := strLen(kv); n > maxKeyLen {
			errs = append(errs, &sim.SettingError{Key: fmt.Sprintf("(a name of %d characters)", n),
				Value: "", Allowed: "a known setting: " + clip(fmt.Sprint(session.AllKeys()), 200)})
			continue
		}
		k := kv.String()
		raw, verr := field(v, k)
		var val string
		if verr == nil {
			val, verr = textOf(raw)
		}
		if verr != nil {
			errs = append(errs, &sim.SettingError{Key: k, Value: "(" + verr.Error() + ")", Allowed: allowedFor(k)})
			continue
		}
		settings = append(settings, sim.Setting{Key: k, Value: val})
	}
	return settings, errs
}

// allowedFor is what the setting key takes, as the one parser words it: asked about a value no setting takes.
func allowedFor(key string) string {
	_, err := session.Parse([]sim.Setting{{Key: key, Value: "\x00"}})
	if se := (*sim.SettingError)(nil); errors.As(err, &se) && se.Allowed != "" {
		return se.Allowed
	}
	return "a number, a word or a list of names"
}

// textOf turns a setting's JavaScript value into the text a URL would carry: 2 → "2", true → "true",
// ["Ann", "Bo"] → "Ann,Bo". Text longer than any setting can be is refused before it is copied.
func textOf(v js.Value) (s string, err error) {
	defer guard(&err)
	t := v
	switch v.Type() {
	case js.TypeString:
	case js.TypeObject:
		if !arrayObj.Call("isArray", v).Bool() {
			return "", errors.New("an object, where a number, a word or a list of names is wanted")
		}
		// Not v.Length(): an array Proxy's length trap would run unguarded.
		n := reflectObj.Call("get", v, "length")
		if n.Type() != js.TypeNumber || n.Float() > float64(session.Limits.MaxActors) {
			return "", fmt.Errorf("a list of more than %d names", session.Limits.MaxActors)
		}
		t = v.Call("join", ",")
	default:
		t = stringFn.Invoke(v)
	}
	if t.Type() != js.TypeString {
		return "", errBadValue
	}
	if n := strLen(t); n > maxValueLen {
		return "", fmt.Errorf("a text of %d characters, more than any setting takes", n)
	}
	return t.String(), nil
}

// stringOf reads v as a string, or "" if it is not one or is too long to be a name.
func stringOf(v js.Value) (s string) {
	defer func() { _ = recover() }()
	if v.Type() == js.TypeString && strLen(v) <= maxKeyLen {
		return v.String()
	}
	return ""
}

// isFunction reports whether v is a function.
func isFunction(v js.Value) (ok bool) {
	defer func() { _ = recover() }()
	return v.Type() == js.TypeFunction
}

// field reads obj[name] without running the page's code unguarded.
func field(obj js.Value, name string) (v js.Value, err error) {
	defer guard(&err)
	return reflectObj.Call("get", obj, name), nil
}

// errorList makes the array set returns: one {key, value, allowed, message} per bad setting, each value cut to
// a readable length.
func errorList(errs ...error) []map[string]any {
	list := make([]map[string]any, 0, len(errs))
	for _, e := range errs {
		m := map[string]any{"message": clip(e.Error(), 600)}
		var se *sim.SettingError
		if errors.As(e, &se) {
			m["key"], m["value"], m["allowed"] = clip(se.Key, maxKeyLen), clip(se.Value, 80), clip(se.Allowed, 400)
		}
		list = append(list, m)
	}
	return list
}

// toJS converts v to a JavaScript value through JSON, so that field names are the JSON tags.
func toJS(v any) js.Value {
	data, err := json.Marshal(v)
	if err != nil {
		return js.ValueOf(map[string]any{"error": err.Error()})
	}
	return js.Global().Get("JSON").Call("parse", string(data))
}

// unjoin lists the errors inside a (possibly joined, possibly wrapped) error.
func unjoin(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var all []error
		for _, e := range j.Unwrap() {
			all = append(all, unjoin(e)...)
		}
		return all
	}
	return []error{err}
}

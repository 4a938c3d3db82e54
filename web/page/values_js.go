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
// Array.isArray), inside recover: a throwing getter or Proxy is then one bad setting, not a crash.

var (
	reflectObj = js.Global().Get("Reflect")
	objectObj  = js.Global().Get("Object")
	arrayObj   = js.Global().Get("Array")
)

// errBadValue is what a value that cannot be read (a throwing getter, a BigInt, a revoked Proxy) becomes.
var errBadValue = errors.New("a value that cannot be read")

// guard turns a panic (a JavaScript exception caught by Call, or syscall/js refusing a BigInt) into err.
func guard(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%w: %v", errBadValue, r)
	}
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
// object with more keys than a Change may carry.
func settingsOf(v js.Value) (settings []sim.Setting, err error) {
	defer guard(&err)
	if ok, err := isObject(v); err != nil || !ok {
		return nil, errors.New("set wants an object of settings, such as {plate: 2}")
	}
	keys := objectObj.Call("keys", v)
	n := keys.Length()
	if n > session.MaxSettings {
		return nil, &sim.SettingError{Key: "settings", Value: fmt.Sprintf("%d settings", n),
			Allowed: fmt.Sprintf("at most %d at once", session.MaxSettings)}
	}
	for i := range n {
		k := keys.Index(i).String()
		raw, verr := field(v, k)
		var val string
		if verr == nil {
			val, verr = textOf(raw)
		}
		if verr != nil {
			return nil, &sim.SettingError{Key: k, Value: "(unreadable)", Allowed: "a value that can be read: " + verr.Error()}
		}
		settings = append(settings, sim.Setting{Key: k, Value: val})
	}
	return settings, nil
}

// textOf turns a setting's JavaScript value into the text a URL would carry: 2 → "2", true → "true",
// ["Ann", "Bo"] → "Ann,Bo".
func textOf(v js.Value) (s string, err error) {
	defer guard(&err)
	switch v.Type() {
	case js.TypeString:
		return v.String(), nil
	case js.TypeObject:
		if arrayObj.Call("isArray", v).Bool() {
			return v.Call("join", ",").String(), nil
		}
	}
	return js.Global().Call("String", v).String(), nil
}

// stringOf reads v as a string, or "" if it is not one.
func stringOf(v js.Value) (s string) {
	defer func() { _ = recover() }()
	if v.Type() == js.TypeString {
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

// errorList makes the array set returns: one {key, value, allowed, message} per bad setting.
func errorList(errs ...error) []map[string]any {
	list := make([]map[string]any, 0, len(errs))
	for _, e := range errs {
		m := map[string]any{"message": e.Error()}
		var se *sim.SettingError
		if errors.As(e, &se) {
			m["key"], m["value"], m["allowed"] = se.Key, se.Value, se.Allowed
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

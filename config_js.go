package main

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"syscall/js"

	"github.com/gobakery/bakery/game"
	"github.com/gobakery/bakery/sim"
)

// loadConfig reads the page's URL parameters, in order, through game.ParseConfig: the same keys as bakesim's
// flags plus the game's own. Each bad parameter becomes a dismissible notice on the page naming it, its value
// and what is allowed, and keeps its default, so loadConfig never fails: the bakery always starts. Without
// theme or reduced-motion parameters the system's prefers-color-scheme and prefers-reduced-motion decide.
func loadConfig() (game.Config, error) {
	mark("bakery-go-main")
	settings, bad := querySettings(js.Global().Get("location").Get("search").String())
	cfg, err := game.ParseConfig(settings)
	for _, e := range append(bad, unjoin(err)...) {
		pageNotice(noticeText(e))
	}
	given := map[string]bool{}
	for _, s := range settings {
		given[s.Key] = true
	}
	if !given["reduced-motion"] && mediaMatches("(prefers-reduced-motion: reduce)") {
		cfg.ReducedMotion = true
	}
	if !given["theme"] && mediaMatches("(prefers-color-scheme: dark)") {
		cfg.Theme = "dark"
	}
	return cfg, nil
}

// querySettings splits a URL's query ("?bakers=3&plate=2") into settings in the order written. Parameters
// that are not valid URL encoding are returned as errors instead.
func querySettings(query string) ([]sim.Setting, []error) {
	var settings []sim.Setting
	var bad []error
	for _, part := range strings.Split(strings.TrimPrefix(query, "?"), "&") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		key, err1 := url.QueryUnescape(k)
		value, err2 := url.QueryUnescape(v)
		if err1 != nil || err2 != nil {
			bad = append(bad, &sim.SettingError{Key: k, Value: v, Allowed: "URL-encoded text (%XX escapes)"})
			continue
		}
		settings = append(settings, sim.Setting{Key: key, Value: value})
	}
	return settings, bad
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

// noticeText says what is wrong with one URL parameter in words a reader of the page understands.
func noticeText(err error) string {
	var se *sim.SettingError
	if errors.As(err, &se) {
		return fmt.Sprintf("URL parameter %q has the value %q, but it must be %s. Using the default instead.",
			se.Key, se.Value, se.Allowed)
	}
	return "URL parameters: " + err.Error()
}

// pageNotice shows text in a dismissible notice, or on the console if the page has no notice area.
func pageNotice(text string) {
	if p := js.Global().Get("bakeryPage"); p.Truthy() {
		p.Call("notice", text)
		return
	}
	js.Global().Get("console").Call("warn", "bakery: "+text)
}

func mediaMatches(query string) bool {
	mm := js.Global().Get("matchMedia")
	return mm.Truthy() && js.Global().Call("matchMedia", query).Get("matches").Truthy()
}

// mark records a performance mark, so that web/measure can tell where the time to the first frame goes.
func mark(name string) {
	if p := js.Global().Get("performance"); p.Truthy() && p.Get("mark").Truthy() {
		p.Call("mark", name)
	}
}

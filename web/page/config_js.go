package page

import (
	"errors"
	"fmt"
	"syscall/js"

	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/sim"
)

// Config reads the page's URL parameters, in order, through session.ParseConfig: the same keys as bakesim's
// flags plus the game's own. A URL that names no scenario, no tour and not ui=minimal opens on the tour's first
// chapter (session.OpensTour). Each bad parameter becomes a dismissible notice on the page naming it, its value
// and what is allowed, and keeps its default, so Config never fails: the bakery always starts.
func Config() session.Config {
	mark("bakery-go-main")
	settings, bad := pageSettings(js.Global().Get("location").Get("search").String())
	cfg, err := session.ParseConfig(settings)
	for _, e := range append(bad, unjoin(err)...) {
		notice(noticeText(e))
	}
	return cfg
}

// noticeText says what is wrong with one URL parameter in words a reader of the page understands.
func noticeText(err error) string {
	var re *sim.RepeatedError
	if errors.As(err, &re) {
		return fmt.Sprintf("URL parameter %q is given twice, as %q and as %q. Using the first.", clip(re.Key, 64), clip(re.First, 40), clip(re.Then, 40))
	}
	var se *sim.SettingError
	if errors.As(err, &se) {
		return fmt.Sprintf("URL parameter %q has the value %q, but it must be %s. Using the default instead.",
			se.Key, se.Value, se.Allowed)
	}
	return "URL parameters: " + err.Error()
}

// notice shows text in a dismissible notice, or on the console if the page has no notice area.
func notice(text string) {
	if p := js.Global().Get("bakeryPage"); p.Truthy() {
		pageCall(p, "notice", text)
		return
	}
	pageCall(js.Global().Get("console"), "warn", "bakery: "+text)
}

// mark records a performance mark, so that web/measure can tell where the time to the first frame goes.
func mark(name string) {
	if p := js.Global().Get("performance"); p.Truthy() && p.Get("mark").Truthy() {
		p.Call("mark", name)
	}
}

package page

import (
	"net/url"
	"strings"

	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/game/tour"
	"github.com/gobakery/bakery/sim"
)

// Query is the URL query for the settings of a state: the preset, the scenario's settings that differ from it,
// then the game's settings that differ from their defaults, and the tour's chapter while one is shown:
// "preset=balanced&plate=2&speed=4", "preset=seed&plate=2&tour=plate-of-two".
func Query(settings map[string]string) string {
	var parts []string
	add := func(k, v string) { parts = append(parts, url.QueryEscape(k)+"="+url.QueryEscape(v)) }
	name := settings["preset"]
	base, ok := sim.Preset(name)
	if !ok {
		base = sim.MustPreset("seed")
	} else {
		add("preset", name)
	}
	def := map[string]string{}
	for _, kv := range base.Settings() {
		def[kv.Key] = kv.Value
	}
	for _, kv := range session.ViewSettings(session.DefaultView()) {
		def[kv.Key] = kv.Value
	}
	def[tour.Param.Name] = tour.Off // a chapter shown is kept, so that a reload opens it again
	for _, k := range session.AllKeys() {
		if v, ok := settings[k]; ok && k != "preset" && v != def[k] {
			add(k, v)
		}
	}
	return strings.Join(parts, "&")
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

// pageSettings reads a page's URL query as querySettings does and, when it opens on the tour by itself
// (session.OpensTour), adds the tour's first chapter. A tour value that names no chapter (?tour=bogus) is then
// the one bad setting, and the first chapter its default.
func pageSettings(query string) ([]sim.Setting, []error) {
	settings, bad := querySettings(query)
	if !session.OpensTour(settings) {
		return settings, bad
	}
	kept := settings[:0:0]
	for _, s := range settings {
		if s.Key == tour.Param.Name {
			if _, err := session.Parse([]sim.Setting{s}); err != nil {
				bad = append(bad, err)
			}
			continue
		}
		kept = append(kept, s)
	}
	if len(kept) < session.MaxSettings { // not one over the page's own
		kept = append(kept, sim.Setting{Key: tour.Param.Name, Value: tour.Chapters[0].Name})
	}
	return kept, bad
}

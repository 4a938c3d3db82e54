// Package tour is the guided start: chapters that each load a scenario and say what to read, watch and try.
package tour

import (
	"strings"

	"github.com/gobakery/bakery/sim"
)

// Chapter is one step of the tour: a scenario to load and three short sentences for a panel of about 60
// characters by 4 lines.
type Chapter struct {
	// Name is how a URL asks for the chapter (tour=plate-of-two) and how state().tour names it.
	Name string
	// Title is the chapter's heading, a few words.
	Title string
	// Read is the idea, in one sentence; for a challenge, its goal.
	Read string
	// Watch is what to look at in the scene, and Try what to change; the panel shows them after "Watch: " and
	// "Try: ".
	Watch, Try string
	// Settings are what the chapter loads, with the keys a URL takes, checked by sim.Parse.
	Settings []sim.Setting
	// Challenge is the chapter's puzzle, or nil for a chapter that only shows.
	Challenge *Challenge
}

// Scenario parses the chapter's settings under lim.
func (c Chapter) Scenario(lim sim.Limits) (sim.Scenario, error) { return sim.Parse(c.Settings, lim) }

// Off is the URL value that skips the tour, for embeds: tour=off.
const Off = "off"

// Param is the URL parameter that opens the tour at a chapter or skips it, with its help.
var Param = sim.Key{Name: "tour", Help: "open the guided tour at a chapter (" + strings.Join(Names(), ", ") +
	") or skip it: " + Off, Arg: "CHAPTER"}

// Names lists the chapters' names in order.
func Names() []string {
	names := make([]string, len(Chapters))
	for i, c := range Chapters {
		names[i] = c.Name
	}
	return names
}

// ByName returns the named chapter and its index in Chapters.
func ByName(name string) (Chapter, int, bool) {
	for i, c := range Chapters {
		if c.Name == name {
			return c, i, true
		}
	}
	return Chapter{}, -1, false
}

func set(kv ...string) []sim.Setting {
	s := make([]sim.Setting, 0, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		s = append(s, sim.Setting{Key: kv[i], Value: kv[i+1]})
	}
	return s
}

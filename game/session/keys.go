package session

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/gobakery/bakery/game/tour"
	"github.com/gobakery/bakery/sim"
)

// Limits are the most the screen shows: 64 bakers, 64 eaters and a plate of 1,000. The headless bakesim takes
// more (sim.DefaultLimits).
var Limits = sim.Limits{MaxActors: 64, MaxPlate: 1000}

// viewKey is one of the game's own settings: how a typed value is read into a View, and written back.
type viewKey struct {
	sim.Key
	allowed string
	set     func(v *View, value string) bool
	get     func(v View) string
}

// viewKeys are the game's own settings, in the order a user would read them.
var viewKeys = []viewKey{
	{sim.Key{Name: "speed", Help: "simulated seconds per real second", Arg: "X"}, fmt.Sprintf("a number from %g to %g", MinSpeed, MaxSpeed),
		func(v *View, s string) bool {
			f, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(s), "x"), 64)
			if err != nil || !(f >= MinSpeed && f <= MaxSpeed) {
				return false
			}
			v.Speed = f
			return true
		},
		func(v View) string { return strconv.FormatFloat(v.Speed, 'g', -1, 64) }},
	{sim.Key{Name: "paused", Help: "start paused", Arg: "BOOL"}, "true or false",
		func(v *View, s string) bool {
			i, ok := parseChoice(s, []string{"false", "true"})
			v.Paused = i == 1
			return ok
		},
		func(v View) string { return strconv.FormatBool(v.Paused) }},
	{sim.Key{Name: "ui", Help: "the controls shown, or the scene and the clock only", Arg: "UI"}, "full or minimal",
		func(v *View, s string) bool {
			i, ok := parseChoice(s, uiNames[:])
			v.UI = UI(i)
			return ok
		},
		func(v View) string { return v.UI.String() }},
	{sim.Key{Name: "theme", Help: "colours", Arg: "THEME"}, "light, dark, or auto to follow the system",
		func(v *View, s string) bool {
			i, ok := parseChoice(s, themeNames[:])
			v.Theme = Theme(i)
			return ok
		},
		func(v View) string { return v.Theme.String() }},
	{sim.Key{Name: "reduced-motion", Help: "loaves jump instead of flying", Arg: "MOTION"},
		"true, false, or auto to follow the system",
		func(v *View, s string) bool {
			i, ok := parseChoice(s, prefNames[:])
			v.ReducedMotion = Pref(i)
			return ok
		},
		func(v View) string { return v.ReducedMotion.String() }},
	{sim.Key{Name: "panels", Help: "the panels beside the scene; auto shows those there is room for", Arg: "PANELS"}, allowedPanels,
		func(v *View, s string) bool {
			p, ok := parsePanels(s)
			v.Panels = p
			return ok
		},
		func(v View) string { return v.Panels.String() }},
}

// GameKeys are the settings the game adds to sim.Keys, with their help: the View's, then tour.
var GameKeys = func() []sim.Key {
	keys := make([]sim.Key, len(viewKeys), len(viewKeys)+1)
	for i, k := range viewKeys {
		keys[i] = sim.Key{Name: k.Name, Help: k.Help + " (" + k.allowed + ")", Arg: k.Arg}
	}
	return append(keys, tour.Param)
}()

// AllKeys lists every setting name Parse accepts: the scenario's, then the game's.
func AllKeys() []string {
	var names []string
	for _, k := range sim.Keys {
		names = append(names, k.Name)
	}
	for _, k := range GameKeys {
		names = append(names, k.Name)
	}
	return names
}

func findViewKey(name string) (viewKey, int, bool) {
	for i, k := range viewKeys {
		if k.Name == name {
			return k, i, true
		}
	}
	return viewKey{}, 0, false
}

// ViewSettings returns v as settings, keyed as GameKeys, for a URL or the published state.
func ViewSettings(v View) []sim.Setting {
	s := make([]sim.Setting, len(viewKeys))
	for i, k := range viewKeys {
		s[i] = sim.Setting{Key: k.Name, Value: k.get(v)}
	}
	return s
}

// Config is everything a session starts from: a scenario, how to show it, and where it is in the tour.
type Config struct {
	Scenario sim.Scenario
	View     View
	// Tour is the chapter of the guided tour shown at the start; the zero Guide shows none. ParseConfig opens
	// it only when the settings ask (tour=…); a page that opens on the tour by itself asks (see OpensTour).
	Tour tour.Guide
}

// DefaultConfig is the seed preset at normal speed, running, with the full interface.
func DefaultConfig() Config {
	return Config{Scenario: sim.MustPreset("seed"), View: DefaultView()}
}

// ParseConfig builds a Config from settings through Parse: the default with the change applied. Every bad
// setting is reported and left at its default; the Config returned is always usable.
func ParseConfig(settings []sim.Setting) (Config, error) {
	c, err := Parse(settings)
	cfg := DefaultConfig()
	cfg.Scenario, _ = c.scenario(cfg.Scenario)
	cfg.View = c.view.applyTo(cfg.View)
	if c.guide != nil {
		cfg.Tour = *c.guide
	}
	return cfg, err
}

// Check reports what is wrong with a Config built by hand rather than by ParseConfig.
func (c Config) Check() error {
	err := c.Scenario.Check(Limits)
	if _, verr := Parse(ViewSettings(c.View)); verr != nil {
		err = errors.Join(err, verr)
	}
	if err != nil {
		return fmt.Errorf("session: %w", err)
	}
	return nil
}

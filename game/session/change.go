package session

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/tour"
	"github.com/gobakery/bakery/sim"
)

// Change is one thing a user asks of a session — settings, a preset, a key or a button — checked when it is
// made and applied once, at the start of the session's next Update, by one function. Keys, on-canvas buttons,
// URL parameters, the desktop's flags, window.bakery and postMessage all make Changes; the zero Change does
// nothing.
type Change struct {
	guide     *tour.Guide  // the tour setting: open a chapter (loading it first) or leave the tour
	preset    string       // load this preset first: the run starts again at time 0
	keys      []string     // scenario settings to set, in order
	sc        sim.Scenario // their values, checked
	view      viewPatch
	action    control.Action // a key or a button, applied after the settings
	system    *System        // the system's preferences changed
	sweep     *sweepAsk      // start a what-if sweep of the scenario as it then is
	record    float64        // seconds of a recording asked for; 0 for none
	follow    *sim.ActorID   // the actor a step waits for; 0 for any
	autoShown *Panels        // which panels auto shows on the screen now
}

// viewPatch is a set of the game's own settings: which ones (a bit per viewKeys index) and their values.
type viewPatch struct {
	has uint8
	v   View
}

func (p viewPatch) applyTo(v View) View {
	for i, k := range viewKeys {
		if p.has&(1<<i) != 0 {
			k.set(&v, k.get(p.v))
		}
	}
	return v
}

// MaxSettings is the most settings one Change may carry: more is refused at once, whatever they are, so a flood
// of keys costs nothing and answers briefly.
const MaxSettings = 64

// maxErrors is the most bad settings reported one by one; the rest are counted in one more error.
const maxErrors = 16

// Parse checks settings — scenario keys as sim.Parse takes them under Limits, and the game's keys
// (GameKeys) — and returns the Change they make. The tour setting applies first, whatever its position: a
// chapter's settings load as a reload, and "off" leaves the tour. A preset applies next, and starts the run
// again; the other settings then apply in order. Every bad setting is reported as a *sim.SettingError,
// joined with errors.Join, and left out; the good ones are kept.
func Parse(settings []sim.Setting) (Change, error) {
	var c Change
	if len(settings) > MaxSettings {
		return c, &sim.SettingError{Key: "settings", Value: fmt.Sprintf("%d settings", len(settings)),
			Allowed: fmt.Sprintf("at most %d at once", MaxSettings)}
	}
	var errs []error
	more := 0 // bad settings past maxErrors, counted in one more error
	bad := func(err error) {
		// A value or a name is repeated in its error no longer than a reader would read it.
		var se *sim.SettingError
		if errors.As(err, &se) {
			se.Key, se.Value = clip(se.Key, 64), clip(se.Value, 80)
		}
		if len(errs) < maxErrors {
			errs = append(errs, err)
		} else {
			more++
		}
	}
	settings, repeated := sim.Once(settings)
	for _, err := range repeated {
		bad(err)
	}
	for _, s := range settings {
		if s.Key == tour.Param.Name {
			g, err := tour.FromURL(s.Value)
			if err != nil {
				bad(err)
				continue
			}
			c.guide = &g
		}
		if s.Key != "preset" {
			continue
		}
		v := strings.TrimSpace(s.Value)
		if _, ok := sim.Preset(v); !ok {
			bad(&sim.SettingError{Key: s.Key, Value: s.Value, Allowed: "one of " + strings.Join(sim.PresetNames(), ", ")})
			continue
		}
		c.preset = v
	}
	for _, s := range settings {
		switch k, i, isView := findViewKey(s.Key); {
		case s.Key == "preset", s.Key == tour.Param.Name:
		case sim.IsKey(s.Key):
			if err := c.sc.Set(s.Key, s.Value, Limits); err != nil {
				bad(err)
				continue
			}
			if !slices.Contains(c.keys, s.Key) {
				c.keys = append(c.keys, s.Key)
			}
		case isView:
			if !k.set(&c.view.v, s.Value) {
				bad(&sim.SettingError{Key: s.Key, Value: s.Value, Allowed: k.allowed})
				continue
			}
			c.view.has |= 1 << i
		default:
			bad(&sim.SettingError{Key: s.Key, Value: s.Value, Allowed: "a known setting: " + strings.Join(AllKeys(), ", ")})
		}
	}
	if more > 0 {
		errs = append(errs, fmt.Errorf("and %d more bad settings", more))
	}
	return c, errors.Join(errs...)
}

// MustParse is Parse for settings known to be good; it panics on a bad one.
func MustParse(kv ...string) Change {
	var settings []sim.Setting
	for i := 0; i+1 < len(kv); i += 2 {
		settings = append(settings, sim.Setting{Key: kv[i], Value: kv[i+1]})
	}
	c, err := Parse(settings)
	if err != nil {
		panic(err)
	}
	return c
}

// Act is the change a key or a button makes: play, pause, step, reset, one more baker, a preset…
func Act(a control.Action) Change { return Change{action: a} }

// Follow makes a step (control.Step) run to the next event of the actor id, or of any actor for 0: a learner who
// has clicked a goroutine follows it round its loop. A new run follows no one.
func Follow(id sim.ActorID) Change { return Change{follow: &id} }

// Prefer tells the session what the system prefers, for the settings that follow it.
func Prefer(sys System) Change { return Change{system: &sys} }

// Empty reports whether c does nothing.
func (c Change) Empty() bool {
	return c.guide == nil && c.preset == "" && len(c.keys) == 0 && c.view.has == 0 && c.action == control.None &&
		c.system == nil && c.sweep == nil && c.record == 0 && c.follow == nil && c.autoShown == nil
}

// scenario is the scenario c makes of cur: the tour's chapter, if it opens one, then the preset, if any, then
// the settings. It reports whether the run must start again because a chapter or a preset was loaded.
func (c Change) scenario(cur sim.Scenario) (sim.Scenario, bool) {
	sc := cur
	sc.BakerNames = slices.Clone(cur.BakerNames)
	sc.EaterNames = slices.Clone(cur.EaterNames)
	reload := false
	if c.guide != nil {
		if ch, ok := chapterScenario(*c.guide); ok {
			sc, reload = ch, true
		}
	}
	if c.preset != "" {
		sc, reload = sim.MustPreset(c.preset), true
	}
	for _, k := range c.keys {
		sc.Take(c.sc, k)
	}
	return sc, reload
}

// clip cuts s to n runes, with an ellipsis.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

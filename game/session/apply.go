package session

import (
	"errors"
	"slices"
	"time"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/sweep"
	"github.com/gobakery/bakery/sim"
)

// apply makes one change take effect: the game's settings, then the scenario (a tour chapter or a preset
// reloads; settings change the run live, or start it again when they must), then a sweep or a recording asked
// for, then the key or button. It is the only place where a change reaches the simulation.
func (s *Session) apply(c Change) {
	s.view = c.view.applyTo(s.view)
	if c.system != nil {
		s.system = *c.system
	}
	if c.guide != nil {
		s.guide = *c.guide
	}
	if c.follow != nil {
		s.follow = *c.follow
	}
	if c.autoShown != nil {
		s.autoShown = *c.autoShown
	}
	target, reload := c.scenario(s.sim.Scenario())
	var note string
	_, isPreset := c.action.Preset()
	if (isPreset || c.preset != "") && c.guide == nil {
		s.guide.Leave() // a preset of one's own leaves the tour, whose card would speak of another scenario
	}
	if i, ok := c.action.Preset(); ok {
		p := sim.Presets[i]
		target, reload = sim.MustPreset(p.Name), true
		note = p.Name + ": " + p.Description
	} else if isTourAction(c.action) {
		if sc, ok := s.moveTour(c.action); ok {
			target, reload = sc, true
		}
	} else if c.action != control.None {
		var ok bool
		if target, ok = s.nudge(target, c.action); !ok {
			return
		}
	}
	if reload || !sameScenario(target, s.sim.Scenario()) {
		s.moveTo(target, reload)
	}
	if note != "" {
		s.say("%s", note)
	}
	if c.sweep != nil {
		s.startSweep(*c.sweep)
	} else if c.view.has != 0 {
		s.sweepIfChosen()
	}
	if c.record > 0 {
		s.frame.Record = c.record
	}
	s.control(c.action)
}

// moveTo moves the run to sc: from time 0 if reload is set, or if the change is one a run cannot take live
// (batch, seed, names), or if the run has finished; live otherwise, through the simulation's live changes.
func (s *Session) moveTo(sc sim.Scenario, reload bool) {
	cur := s.sim.Scenario()
	if reload || s.sim.Finished() || sc.Batch != cur.Batch || sc.Seed != cur.Seed ||
		!slices.Equal(sc.BakerNames, cur.BakerNames) || !slices.Equal(sc.EaterNames, cur.EaterNames) {
		if err := s.sim.Load(sc); err != nil {
			s.sayErr(err)
			return
		}
		s.restarted()
		return
	}
	err := errors.Join(s.sim.SetBake(sc.Bake), s.sim.SetEat(sc.Eat), s.sim.SetPlate(sc.Plate),
		s.sim.SetBakers(sc.Bakers), s.sim.SetEaters(sc.Eaters))
	if err != nil {
		s.sayErr(err)
	}
	s.gen++
	s.castChanged()
}

// sameScenario reports whether a and b would run alike, whatever preset each came from.
func sameScenario(a, b sim.Scenario) bool {
	return slices.Equal(a.Settings(), b.Settings())
}

// control does what a key or a button asks of the clock (play, pause, step, reset), of the panels, or of a
// recording.
func (s *Session) control(a control.Action) {
	switch a {
	case control.ToggleCode:
		s.view.Panels = s.view.Panels.toggle(PanelCode, s.autoShown)
	case control.ToggleChart:
		s.view.Panels = s.view.Panels.toggle(PanelChart, s.autoShown)
	case control.ToggleWhatIf:
		s.view.Panels = s.view.Panels.toggle(PanelWhatIf, s.autoShown)
		if s.view.Panels.Has(PanelWhatIf) && (s.sweep == nil || s.sweepStale(s.sim.Scenario())) {
			// The panel shows a sweep of the scenario on screen: start one, as bakery.sweep({axis: "plate"})
			// would.
			if c, err := Sweep(sweep.Plate.String(), Omitted, Omitted); err == nil {
				s.apply(c)
			}
		}
	case control.Record:
		s.frame.Record = DefaultRecord
	case control.PlayPause:
		if s.view.Paused || s.sim.Finished() {
			s.play()
		} else {
			s.view.Paused = true
		}
	case control.Play:
		s.play()
	case control.Pause:
		s.view.Paused = true
	case control.Step:
		s.step()
	case control.Reset:
		s.sim.Reset()
		s.restarted()
		s.say("started again")
	}
}

func (s *Session) play() {
	if s.sim.Finished() {
		s.sim.Reset()
		s.restarted()
	}
	s.view.Paused = false
}

// step pauses and runs the simulation to its next logged event. Sim.Step wakes one actor, which may log nothing
// (a baker starting a bake) or two events at once (a loaf baked and handed over), so it is repeated until
// something is logged.
func (s *Session) step() {
	s.view.Paused = true
	s.owe = 0
	s.frame.Stepped = true
	// The caption says what the last step did: a script's 400 steps in one frame are not one long sentence.
	s.stepped = s.stepped[:0]
	for range 10000 {
		var ok bool
		n := len(s.stepped)
		if at, next := s.sim.NextAt(); next {
			s.sampleThrough(at - 1)
		}
		if s.stepped, ok = s.sim.Step(s.stepped); !ok {
			s.say("nothing left to happen")
			return
		}
		if len(s.stepped) > n && s.concerns(s.stepped[n:]) {
			s.stepped = s.followed(s.stepped)
			return
		}
	}
	s.stepped = s.followed(s.stepped)
}

// concerns reports whether evs include an event of the followed actor, or any event when no one is followed
// or the one followed has left.
func (s *Session) concerns(evs []sim.Event) bool {
	if s.follow == 0 || !s.sim.Active(s.follow) {
		return true
	}
	for _, e := range evs {
		if e.Actor == s.follow || e.Peer == s.follow {
			return true
		}
	}
	return false
}

// followed keeps, of a step's events, those of the followed actor (all when no one is followed), so that the
// caption tells what the goroutine followed did.
func (s *Session) followed(evs []sim.Event) []sim.Event {
	if s.follow == 0 || !s.concerns(evs) {
		return evs
	}
	kept := evs[:0]
	for _, e := range evs {
		if e.Actor == s.follow || e.Peer == s.follow {
			kept = append(kept, e)
		}
	}
	if len(kept) == 0 {
		return evs // the followed actor has left: every event
	}
	return kept
}

// nudge returns sc moved one step by a key or a button that changes a setting, and reports whether the action
// was one the session handles (Help and Close are the screen's own).
func (s *Session) nudge(sc sim.Scenario, a control.Action) (sim.Scenario, bool) {
	switch a {
	case control.SpeedUp, control.SpeedDown:
		s.view.Speed = next(speeds, s.view.Speed, a == control.SpeedUp)
	case control.BakersUp, control.BakersDown:
		sc.Bakers = min(max(sc.Bakers+updown(a == control.BakersUp), 0), Limits.MaxActors)
	case control.EatersUp, control.EatersDown:
		sc.Eaters = min(max(sc.Eaters+updown(a == control.EatersUp), 0), Limits.MaxActors)
	case control.PlateUp, control.PlateDown:
		sc.Plate = next(plates, sc.Plate, a == control.PlateUp)
	case control.BakeLonger, control.BakeShorter:
		sc.Bake = retime(sc.Bake, a == control.BakeLonger)
	case control.EatLonger, control.EatShorter:
		sc.Eat = retime(sc.Eat, a == control.EatLonger)
	case control.ToggleRandom:
		kind, word := sim.Exponential, "random"
		if sc.Bake.Random() || sc.Eat.Random() {
			kind, word = sim.Fixed, "fixed"
		}
		sc.Bake, sc.Eat = sim.Dist{Kind: kind, A: sc.Bake.Mean()}, sim.Dist{Kind: kind, A: sc.Eat.Mean()}
		s.say("%s bake and eat times", word)
	case control.PlayPause, control.Play, control.Pause, control.Step, control.Reset, control.ToggleCode,
		control.ToggleChart, control.ToggleWhatIf, control.Record:
	default:
		return sc, false
	}
	return sc, true
}

func updown(up bool) int {
	if up {
		return 1
	}
	return -1
}

// speeds are the steps of the speed keys.
var speeds = []float64{0.25, 0.5, 1, 2, 4, 8, 16, 32, 64}

// plates are the steps of the plate keys.
var plates = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 18, 20, 24, 30, 40, 50, 60, 80, 100, 150, 200,
	300, 400, 500, 750, 1000}

// times are the steps of the bake and eat time keys (the mean, for random times), from sim.MinDuration to
// sim.MaxDuration.
var times = []time.Duration{time.Millisecond, 2 * time.Millisecond, 5 * time.Millisecond, 10 * time.Millisecond,
	20 * time.Millisecond, 50 * time.Millisecond, 100 * time.Millisecond, 150 * time.Millisecond,
	200 * time.Millisecond, 250 * time.Millisecond, 300 * time.Millisecond, 400 * time.Millisecond,
	500 * time.Millisecond, 600 * time.Millisecond, 750 * time.Millisecond, time.Second, 1250 * time.Millisecond,
	1500 * time.Millisecond, 2 * time.Second, 2500 * time.Millisecond, 3 * time.Second, 4 * time.Second,
	5 * time.Second, 7500 * time.Millisecond, 10 * time.Second, 15 * time.Second, 20 * time.Second,
	30 * time.Second, time.Minute, 2 * time.Minute, 5 * time.Minute, 10 * time.Minute, 20 * time.Minute,
	30 * time.Minute, time.Hour}

// next returns the step after v in steps going up, or before it going down; past either end it stays at v.
func next[T int | float64 | time.Duration](steps []T, v T, up bool) T {
	if up {
		for _, s := range steps {
			if s > v {
				return s
			}
		}
		return max(v, steps[len(steps)-1])
	}
	for i := len(steps) - 1; i >= 0; i-- {
		if steps[i] < v {
			return steps[i]
		}
	}
	return min(v, steps[0])
}

// retime moves d's mean one step up or down, keeping its kind and, for a uniform range, its proportions.
func retime(d sim.Dist, up bool) sim.Dist {
	m := d.Mean()
	return d.Scale(float64(next(times, m, up)) / float64(m))
}

// sweepIfChosen starts a plate sweep of the scenario on screen when the what-if panel is chosen (panels=whatif
// in a URL or a flag, or set) and none runs, so that the panel shows one rather than nothing, as W would.
func (s *Session) sweepIfChosen() {
	if s.view.Panels.Auto() || !s.view.Panels.Has(PanelWhatIf) || s.sweep != nil {
		return
	}
	if c, err := Sweep(sweep.Plate.String(), Omitted, Omitted); err == nil && c.sweep != nil {
		s.startSweep(*c.sweep)
	}
}

package game

import (
	"maps"
	"slices"

	"github.com/gobakery/bakery/sim"
)

// State is what the game shows, for a host page or a test to read: the run's statistics, with the same JSON
// field names as the command line's -json, plus what is on screen.
type State struct {
	sim.Summary
	Paused bool    `json:"paused"`
	Speed  float64 `json:"speed"`
	// UI, Theme and ReducedMotion are the look the game has now: chosen by URL, flag or set(), or followed from
	// the system's preferences.
	UI            string `json:"ui"`
	Theme         string `json:"theme"`
	ReducedMotion bool   `json:"reduced_motion"`
	// Settings are the scenario's settings as text, keyed as in sim.Keys.
	Settings map[string]string `json:"settings"`
	// Plate lists the loaves on the plate, head (next to leave) first, by label: "John#3".
	Plate  []string     `json:"plate"`
	Actors []ActorState `json:"actors"`
}

// ActorState is one baker or eater as the screen shows it.
type ActorState struct {
	Name string `json:"name"`
	Role string `json:"role"`
	// State is one of the sim.State names, such as "baking" or "waiting-to-put".
	State string `json:"state"`
	// Progress runs from 0 to 1 through a bake or a meal.
	Progress float64 `json:"progress"`
	// Waited is how long a waiting actor has waited, in simulated seconds; 0 otherwise.
	Waited float64 `json:"waited_s"`
}

// published is the state as of the end of the last Update, guarded by Game.mu.
type published struct {
	state    State
	scenario sim.Scenario
	gen      int // which scenario generation settings and theory were computed for
}

// State returns a copy of the state published at the end of the last Update. It is safe for concurrent use.
func (g *Game) State() State {
	g.mu.Lock()
	defer g.mu.Unlock()
	s := g.pub.state
	s.Settings = maps.Clone(s.Settings)
	s.Plate = slices.Clone(s.Plate)
	s.Actors = slices.Clone(s.Actors)
	s.Bakers = slices.Clone(s.Bakers)
	s.Eaters = slices.Clone(s.Eaters)
	return s
}

// publish copies what the game shows into g.pub, reusing its slices.
func (g *Game) publish() {
	sum := g.sim.SummaryOf(g.snap.Stats, false) // the snapshot Update just took: no second pass over the actors
	var sc sim.Scenario
	gen := g.gen
	changed := false
	g.mu.Lock()
	changed = g.pub.gen != gen || g.pub.state.Settings == nil
	g.mu.Unlock()
	var settings map[string]string
	if changed {
		sc = g.sim.Scenario()
		full := g.sim.Summary(true)
		sum.Theory, sum.NoTheory = full.Theory, full.NoTheory
		settings = map[string]string{}
		for _, s := range sc.Settings() {
			settings[s.Key] = s.Value
		}
		if sc.Preset != "" {
			settings["preset"] = sc.Preset
		}
		g.scenario = sc
		g.settingsLine = settingsLine(sc)
	}

	g.mu.Lock()
	defer g.mu.Unlock()
	p := &g.pub
	if changed {
		p.scenario, p.gen, p.state.Settings = sc, gen, settings
	} else {
		sum.Theory, sum.NoTheory = p.state.Theory, p.state.NoTheory
	}
	plate, actors := p.state.Plate[:0], p.state.Actors[:0]
	p.state.Summary = sum
	p.state.Paused, p.state.Speed = g.paused, g.speed
	p.state.UI, p.state.Theme, p.state.ReducedMotion = g.cfg.UI, g.cfg.Theme, g.cfg.ReducedMotion
	for _, l := range g.snap.Plate {
		plate = append(plate, g.fullLabel(l))
	}
	add := func(a sim.ActorView) {
		w := 0.0
		if a.State.Waiting() {
			w = (g.snap.Time - a.Since).Seconds()
		}
		actors = append(actors, ActorState{Name: a.Name, Role: a.Role.String(), State: a.State.String(),
			Progress: a.Progress, Waited: w})
	}
	for _, a := range g.snap.Bakers {
		add(a)
	}
	for _, a := range g.snap.Eaters {
		add(a)
	}
	p.state.Plate, p.state.Actors = plate, actors
}

// fullLabel is a loaf's label as the core gives it, "John#3".
func (g *Game) fullLabel(l sim.Loaf) string {
	return g.index.label(l, g.sim).full
}

// settingsLine describes sc for the top bar: its preset, if any, its settings, and the preset's description.
func settingsLine(sc sim.Scenario) string {
	if sc.Preset == "" {
		return sc.String()
	}
	for _, p := range sim.Presets {
		if p.Name == sc.Preset {
			return "preset " + p.Name + ": " + sc.String() + ". " + p.Description
		}
	}
	return sc.String()
}

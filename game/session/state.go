package session

import (
	"maps"
	"slices"

	"github.com/gobakery/bakery/game/sweep"
	"github.com/gobakery/bakery/sim"
)

// State is what the session shows, for a host page or a test to read: the run's statistics, with the same JSON
// field names as bakesim -json, plus what is on screen.
type State struct {
	sim.Summary
	Paused bool    `json:"paused"`
	Speed  float64 `json:"speed"`
	// RunningSpeed is the speed the run keeps: Speed, unless the machine cannot keep up.
	RunningSpeed float64 `json:"running_speed"`
	// FramesPerS is how many frames a second the screen draws now.
	FramesPerS float64 `json:"frames_per_s"`
	// UI, Theme and ReducedMotion are the look in effect: chosen, or followed from the system's preferences.
	UI            string `json:"ui"`
	Theme         string `json:"theme"`
	ReducedMotion bool   `json:"reduced_motion"`
	// Settings are every setting as text, keyed as in sim.Keys and GameKeys: "preset" is the preset the
	// scenario started from, "theme" may be "auto".
	Settings map[string]string `json:"settings"`
	// Header is what the top bar says of the scenario.
	Header Header `json:"header"`
	// Plate lists the loaves on the plate, head (next to leave) first, by label: "John#3".
	Plate  []string     `json:"plate"`
	Actors []ActorState `json:"actors"`
	// Tour names the chapter of the guided tour shown, or is null out of the tour.
	Tour *string `json:"tour"`
	// Sweep is the what-if sweep, under way or done, or null if none was started.
	Sweep *sweep.State `json:"sweep"`
}

// ActorState is one baker or eater as the screen shows it.
type ActorState struct {
	Name string `json:"name"`
	Role string `json:"role"`
	// State is one of the sim.State names, such as "baking" or "waiting to put".
	State string `json:"state"`
	// Progress runs from 0 to 1 through a bake or a meal.
	Progress float64 `json:"progress"`
	// Waited is how long a waiting actor has waited, in simulated seconds; 0 otherwise.
	Waited float64 `json:"waited_s"`
}

// State returns a copy of the state published at the end of the last Update. It is safe for concurrent use.
// Tour and Sweep are shared with other copies: treat them as read-only.
func (s *Session) State() State {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.pub
	st.Settings = maps.Clone(st.Settings)
	st.Header.Differs = slices.Clone(st.Header.Differs)
	st.Plate = slices.Clone(st.Plate)
	st.Actors = slices.Clone(st.Actors)
	st.Bakers = slices.Clone(st.Bakers)
	st.Eaters = slices.Clone(st.Eaters)
	return st
}

// publish copies what the frame shows into the published state, reusing its slices.
func (s *Session) publish() {
	f := &s.frame
	sum := s.sim.SummaryOf(f.Snap.Stats, false) // the snapshot just taken: no second pass over the actors
	sum.Theory, sum.NoTheory = s.theory, s.noTheory
	var settings map[string]string
	if s.pubGen != s.gen {
		settings = map[string]string{"preset": f.Scenario.Preset}
		for _, kv := range f.Scenario.Settings() {
			settings[kv.Key] = kv.Value
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	p := &s.pub
	if settings != nil {
		p.Settings = settings
		s.pubGen = s.gen
	}
	p.Header = f.Header // every frame: leaving the tour changes it, and not the scenario
	for _, kv := range ViewSettings(s.view) {
		p.Settings[kv.Key] = kv.Value
	}
	p.Settings[tourKey] = s.tourSetting()
	if name := s.guide.Name(); name == "" {
		p.Tour = nil
	} else if p.Tour == nil || *p.Tour != name {
		p.Tour = &name
	}
	p.Sweep = s.sweepState()
	plate, actors := p.Plate[:0], p.Actors[:0]
	p.Summary = sum
	p.Paused, p.Speed, p.RunningSpeed, p.FramesPerS = s.view.Paused, s.view.Speed, f.RunningSpeed, f.FPS
	p.UI, p.Theme, p.ReducedMotion = f.Look.UI.String(), f.Look.ThemeName(), f.Look.ReducedMotion
	for _, l := range f.Snap.Plate {
		plate = append(plate, s.labels.label(l, s.sim).Full)
	}
	add := func(a sim.ActorView) {
		w := 0.0
		if a.State.Waiting() {
			w = (f.Snap.Time - a.Since).Seconds()
		}
		actors = append(actors, ActorState{Name: a.Name, Role: a.Role.String(), State: a.State.String(),
			Progress: a.Progress, Waited: w})
	}
	for _, a := range f.Snap.Bakers {
		add(a)
	}
	for _, a := range f.Snap.Eaters {
		add(a)
	}
	p.Plate, p.Actors = plate, actors
}

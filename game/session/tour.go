package session

import (
	"strings"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/tour"
	"github.com/gobakery/bakery/sim"
)

// TourFrame is the guided tour as the screen shows it: the chapter, where it stands in the tour, and for a
// challenge, how the scenario now fares.
type TourFrame struct {
	Chapter tour.Chapter
	// N and Of place the chapter: chapter N of Of, counting from 1.
	N, Of int
	// Challenge is set in a chapter with a challenge; OK and Why are then its check against the scenario now
	// (tour.Chapter.Check), worked out when the scenario or the chapter changes, not every frame.
	Challenge bool
	OK        bool
	Why       string
	// Loaded is set while the scenario is the one the chapter loaded, unchanged: the header names the chapter.
	Loaded bool
}

// OpensTour reports whether a page whose URL carries settings opens on the tour by itself, at its first chapter:
// when they name no scenario setting (preset included), no tour (a bad tour value is reported and counts as not
// given) and not ui=minimal. A link to a scenario or an embed shows what it names; an embed of the bare page
// passes tour=off. The desktop program never opens the tour unless asked (-tour story).
func OpensTour(settings []sim.Setting) bool {
	for _, s := range settings {
		switch {
		case sim.IsKey(s.Key):
			return false
		case s.Key == tour.Param.Name:
			if _, err := tour.FromURL(s.Value); err == nil {
				return false
			}
		case s.Key == "ui" && strings.TrimSpace(s.Value) == UIMinimal.String():
			return false
		}
	}
	return true
}

// chapterScenario is the scenario the chapter g shows loads, if g shows one.
func chapterScenario(g tour.Guide) (sim.Scenario, bool) {
	ch, ok := g.Chapter()
	if !ok {
		return sim.Scenario{}, false
	}
	sc, err := ch.Scenario(Limits)
	return sc, err == nil // the chapters' settings are checked by a test
}

// moveTour does what a tour key asks: the next or the previous chapter, loaded as a reload, or leaving the tour
// with the scene as it is. It returns the scenario to move to and whether there is one.
func (s *Session) moveTour(a control.Action) (sim.Scenario, bool) {
	moved := false
	switch a {
	case control.TourNext:
		moved = s.guide.Next()
	case control.TourBack:
		moved = s.guide.Back()
	case control.TourLeave:
		s.guide.Leave()
	}
	if !moved {
		return sim.Scenario{}, false
	}
	return chapterScenario(s.guide)
}

// isTourAction reports whether a is one of the tour's keys.
func isTourAction(a control.Action) bool {
	return a == control.TourNext || a == control.TourBack || a == control.TourLeave
}

// refreshTour takes the tour's part of the frame, checking a challenge again only when the scenario or the
// chapter changed.
func (s *Session) refreshTour() {
	f := &s.frame
	ch, ok := s.guide.Chapter()
	if !ok {
		f.Tour = nil
		return
	}
	f.Tour = &s.tourFrame
	if s.tourGen == s.gen && s.tourFrame.Chapter.Name == ch.Name {
		return
	}
	n, of := s.guide.Position()
	s.tourFrame = TourFrame{Chapter: ch, N: n, Of: of, Challenge: ch.Challenge != nil}
	if ch.Challenge != nil {
		s.tourFrame.OK, s.tourFrame.Why = ch.Check(f.Scenario)
	}
	if sc, ok := chapterScenario(s.guide); ok {
		s.tourFrame.Loaded = sameScenario(sc, f.Scenario)
	}
	s.tourGen = s.gen
}

// tourKey is the tour setting's name.
var tourKey = tour.Param.Name

// tourSetting is the tour as state().settings shows it: the chapter's name, or "off".
func (s *Session) tourSetting() string {
	if n := s.guide.Name(); n != "" {
		return n
	}
	return tour.Off
}

package session

import (
	"fmt"
	"strings"
	"time"

	"github.com/gobakery/bakery/sim"
)

// describeAll says in words what events did, at the instant of the first: "0:00.50 John puts loaf J1 on the
// plate (1/6)".
func (s *Session) describeAll(events []sim.Event) string {
	if len(events) == 0 {
		return ""
	}
	parts := make([]string, 0, len(events))
	for _, e := range events {
		parts = append(parts, s.describe(e))
	}
	return clock(events[0].Time) + " " + strings.Join(parts, "; ")
}

// describe says in words what e did.
func (s *Session) describe(e sim.Event) string {
	who, to := s.sim.Name(e.Actor), s.sim.Name(e.Peer)
	loaf := "loaf " + s.labels.label(e.Loaf, s.sim).Short
	plate := fmt.Sprintf("(%d/%d)", e.Plate, e.Capacity)
	switch e.Kind {
	case sim.Baked:
		return who + " takes " + loaf + " out of the oven"
	case sim.Put:
		return who + " puts " + loaf + " on the plate " + plate
	case sim.Handed:
		return who + " hands " + loaf + " straight to " + to
	case sim.PlateFull:
		if e.Capacity == 0 {
			return who + " holds " + loaf + ": no eater is ready"
		}
		return who + " finds the plate full and waits with " + loaf
	case sim.Taken:
		return who + " takes " + loaf + " from the plate " + plate
	case sim.PlateEmpty:
		if e.Capacity == 0 {
			return who + " waits: no baker is ready"
		}
		return who + " finds the plate empty and waits"
	case sim.Eaten:
		return who + " finishes " + loaf
	case sim.BatchDone:
		return who + " has baked the whole batch"
	case sim.Joined:
		return who + " joins"
	case sim.Left:
		return who + " leaves"
	case sim.Cancelled:
		return who + " is sent home"
	case sim.Resized:
		return fmt.Sprintf("the plate now holds %d", e.Capacity)
	case sim.Finished:
		return "every loaf is baked and eaten: the run is over"
	}
	return e.Kind.String()
}

// clock writes a simulated time as minutes, seconds and hundredths: "0:00.50", "12:03.25".
func clock(d time.Duration) string {
	cs := d.Round(10*time.Millisecond) / (10 * time.Millisecond)
	return fmt.Sprintf("%d:%02d.%02d", cs/6000, cs/100%60, cs%100)
}

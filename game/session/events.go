package session

import (
	"fmt"
	"slices"
	"strings"

	"github.com/gobakery/bakery/sim"
)

// EventInfo is one kind of event a listener can ask for, by name, and the simulation's event it reports.
type EventInfo struct {
	Name string
	Kind sim.EventKind
	Help string
}

// Events are the events On accepts. Every one's data has t_s (simulated seconds), plate (loaves on the plate
// after it) and capacity, and, as they apply, baker, eater and loaf ("John#3"); finished has baked and eaten.
// blocked and starved are the same moments as plateFull and plateEmpty, under the names a course on queues uses.
var Events = []EventInfo{
	{"baked", sim.Baked, "a baker took a loaf out of the oven"},
	{"put", sim.Put, "a loaf went onto the plate"},
	{"handed", sim.Handed, "a loaf went from a baker's hands straight to a waiting eater"},
	{"taken", sim.Taken, "an eater took the loaf at the head of the plate"},
	{"plateFull", sim.PlateFull, "a baker found the plate full and waits, loaf in hand"},
	{"blocked", sim.PlateFull, "the same as plateFull"},
	{"plateEmpty", sim.PlateEmpty, "an eater found the plate empty and waits"},
	{"starved", sim.PlateEmpty, "the same as plateEmpty"},
	{"loafEaten", sim.Eaten, "an eater finished a loaf"},
	{"finished", sim.Finished, "every loaf is baked and eaten: the run is over"},
}

// EventNames lists the names On accepts.
func EventNames() []string {
	names := make([]string, len(Events))
	for i, e := range Events {
		names[i] = e.Name
	}
	return names
}

// Listener is called with an event's name and its data.
type Listener func(name string, data map[string]any)

type listener struct {
	kind sim.EventKind
	name string
	fn   Listener
}

// On registers fn for the events named name (one of EventNames). fn is called from Update, on the session's
// goroutine, after the state is published, so State in fn shows what fn is told about; fn must not block, and
// may call the session's concurrent methods (Set, Do, State). A panic in fn is reported on screen, not raised.
// On is safe for concurrent use.
func (s *Session) On(name string, fn Listener) error {
	i := slices.IndexFunc(Events, func(e EventInfo) bool { return e.Name == name })
	if i < 0 {
		return &sim.SettingError{Key: "event", Value: name, Allowed: "one of " + strings.Join(EventNames(), ", ")}
	}
	if fn == nil {
		return &sim.SettingError{Key: "listener", Value: "nil", Allowed: "a function"}
	}
	s.mu.Lock()
	s.listeners = append(s.listeners, listener{Events[i].Kind, name, fn})
	s.mu.Unlock()
	return nil
}

// notify calls the listeners for events.
func (s *Session) notify(events []sim.Event) {
	s.mu.Lock()
	ls := s.listeners
	s.mu.Unlock()
	if len(ls) == 0 {
		return
	}
	for _, e := range events {
		var data map[string]any
		for _, l := range ls {
			if l.kind != e.Kind {
				continue
			}
			if data == nil {
				data = s.eventData(e)
			}
			s.call(l, data)
		}
	}
}

// eventData is what listeners are told of e.
func (s *Session) eventData(e sim.Event) map[string]any {
	d := map[string]any{"t_s": e.Time.Seconds(), "plate": e.Plate, "capacity": e.Capacity}
	role := "baker"
	switch e.Kind {
	case sim.PlateEmpty, sim.Taken, sim.Eaten:
		role = "eater"
	}
	if e.Actor != 0 {
		d[role] = s.sim.Name(e.Actor)
	}
	if e.Peer != 0 {
		d["eater"] = s.sim.Name(e.Peer)
	}
	if e.Loaf.ID != 0 {
		d["loaf"] = s.labels.label(e.Loaf, s.sim).Full
	}
	if e.Kind == sim.Finished {
		d["baked"], d["eaten"] = s.frame.Snap.Stats.Baked, s.frame.Snap.Stats.Eaten
	}
	return d
}

// call runs a listener, turning a panic in it into a message rather than a crash.
func (s *Session) call(l listener, data map[string]any) {
	defer func() {
		if r := recover(); r != nil {
			s.say("%s", fmt.Sprint("listener for ", l.name, " failed: ", r))
		}
	}()
	l.fn(l.name, data)
}

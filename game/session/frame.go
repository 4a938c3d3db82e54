package session

import (
	"errors"
	"fmt"
	"time"

	"github.com/gobakery/bakery/game/sweep"
	"github.com/gobakery/bakery/sim"
)

// Frame is what one Update leaves for the screen to draw: a read-only view, valid until the next Update, for the
// goroutine that calls Update.
type Frame struct {
	// Now is the wall clock of this Update, for animations.
	Now time.Duration
	// Run counts the runs: it changes whenever the run starts again, and actor IDs with it.
	Run int
	// Snap is the simulation now.
	Snap sim.Snapshot
	// Events are the events of this Update, oldest first; Dropped counts those lost beyond the buffer.
	Events  []sim.Event
	Dropped int64
	// Scenario is the run's settings now, live changes included; Scenario.Preset is the preset it started from.
	Scenario sim.Scenario
	View     View
	Look     Look
	Header   Header
	// RunningSpeed is the speed the run keeps: View.Speed, unless the machine cannot keep up.
	RunningSpeed float64
	// FPS is how many frames (Updates) a second of the wall clock the screen has drawn, over about the last
	// second.
	FPS float64
	// Note is a short message, such as a loaded preset's description or a refused change, to show until
	// NoteUntil.
	Note      string
	NoteUntil time.Duration
	// Stepped is set when this Update stepped, and Caption then says in words what the step did.
	Stepped bool
	Caption string
	// Suspended is set while the host page is hidden.
	Suspended bool

	// History is the run's samples over the last SampleWindow of simulated time, oldest first, one every
	// SampleEvery, taken at exact instants whatever the speed and the frame rate; a new run starts it again.
	History []Sample
	// Estimates are the long-run figures measured since the warm-up, with their confidence intervals.
	Estimates Estimates
	// Little is Little's law for the plate over the run so far.
	Little Little
	// Theory holds the scenario's exact figures, or is nil and NoTheory says why there are none.
	Theory   *sim.Figures
	NoTheory string

	// Sweep is the what-if sweep, under way or done, or nil if none was started; it is read-only for the screen
	// (Points, Curve, Progress, Done, Axis, Range). SweepStale is set when the scenario has since changed in
	// more than the sweep's axis (its seed, batch and names aside): its points are then of another scenario.
	// Loading a point is a change like any other: its axis's Setting(x).
	Sweep      *sweep.Sweep
	SweepStale bool
	// Tour is the chapter of the guided tour shown, or nil out of the tour.
	Tour *TourFrame
	// Record is the seconds of a recording asked for in this Update, for this one frame; 0 otherwise. The game
	// does the capture.
	Record float64

	labels *labels
	sim    *sim.Sim
}

// Frame returns the frame of the last Update. It belongs to the goroutine that calls Update.
func (s *Session) Frame() *Frame { return &s.frame }

// Label returns a loaf's labels: Short, its baker's initial and its number ("J3"), and Full, as the core names
// it ("John#3"). They are remembered, so a loaf keeps its label after its baker has left.
func (f *Frame) Label(l sim.Loaf) LoafLabel { return f.labels.label(l, f.sim) }

// Colour returns the colour index of the baker with the given ID: the order in which the run's bakers were
// first seen, so that adding or removing one recolours no other.
func (f *Frame) Colour(baker sim.ActorID) int { return f.labels.colour[baker] }

// Index returns where the actor with the given ID stands in Snap.Bakers or Snap.Eaters.
func (f *Frame) Index(id sim.ActorID) (int, bool) {
	i, ok := f.labels.at[id]
	return i, ok
}

// Name returns the name of the actor with the given ID in this run.
func (f *Frame) Name(id sim.ActorID) string { return f.sim.Name(id) }

// refresh takes the frame: a new snapshot, the events, what the header says, and publishes the state.
func (s *Session) refresh(now time.Duration) {
	f := &s.frame
	f.Now, f.labels, f.sim = now, &s.labels, s.sim
	s.sim.Snapshot(&f.Snap)
	s.labels.build(&f.Snap)
	f.Events, f.Dropped = s.sim.Events(f.Events[:0])
	for _, e := range f.Events {
		s.labels.label(e.Loaf, s.sim) // name loaves while their bakers are still known
	}
	if f.Stepped {
		f.Caption = s.describeAll(s.stepped)
	}
	f.View, f.Look, f.Suspended = s.view, LookOf(s.view, s.system), s.suspended.Load()
	f.RunningSpeed = s.rate.speed(s.view.Speed)
	f.FPS = s.fps.perSecond()
	if s.pubGen != s.gen {
		f.Scenario = s.sim.Scenario()
		s.header = HeaderOf(f.Scenario)
		s.theory, s.noTheory = sim.TheoryOf(f.Scenario)
	}
	f.Theory, f.NoTheory = s.theory, s.noTheory
	f.History, f.Little = s.smp.history(), littleOf(&f.Snap.Stats)
	if s.smp.est.fed {
		f.Estimates = s.smp.est.estimates()
	}
	if f.Sweep = s.sweep; s.pubGen != s.gen || s.pubSweepGen != s.sweepGen {
		f.SweepStale = s.sweepStale(f.Scenario)
	}
	s.refreshTour()
	f.Header = s.header
	if f.Tour != nil && f.Tour.Loaded {
		f.Header = Header{Chapter: f.Tour.Chapter.Title}
	}
	s.publish()
	s.notify(f.Events)
}

// say shows a short message for a few seconds.
func (s *Session) say(format string, args ...any) {
	s.frame.Note = fmt.Sprintf(format, args...)
	s.frame.NoteUntil = s.last + 3*time.Second
}

// sayErr shows what a refused change was: the setting, the value and what is allowed.
func (s *Session) sayErr(err error) {
	var se *sim.SettingError
	if errors.As(err, &se) {
		s.say("%s", se.Error())
		return
	}
	s.say("%v", err)
}

// frameRate follows how many Updates a second of the wall clock there are, over about the last second.
type frameRate struct {
	wall, frames float64
}

func (r *frameRate) add(wall time.Duration) {
	k := max(0, 1-float64(wall)/rateWindow)
	r.wall = r.wall*k + float64(wall)
	r.frames = r.frames*k + 1
}

func (r *frameRate) perSecond() float64 {
	if r.wall <= 0 {
		return 0
	}
	return r.frames / r.wall * float64(time.Second)
}

// rate follows the speed the run keeps, over about the last second of running.
type rate struct {
	wall, ran float64
}

const rateWindow = float64(time.Second)

func (r *rate) add(wall, ran time.Duration, running bool) {
	if !running {
		*r = rate{}
		return
	}
	k := max(0, 1-float64(wall)/rateWindow)
	r.wall = r.wall*k + float64(wall)
	r.ran = r.ran*k + float64(ran)
}

// speed is the speed kept, or asked if the run kept it within 10% or has run too little to tell.
func (r *rate) speed(asked float64) float64 {
	if r.wall < rateWindow/2 {
		return asked
	}
	kept := r.ran / r.wall
	if kept >= asked*0.9 {
		return asked
	}
	return kept
}

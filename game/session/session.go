// Package session runs one bakery on screen without knowing the screen: the settings, the one queue of
// changes, the simulation, advancing it by the wall clock, the published state and the listeners.
package session

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gobakery/bakery/game/sweep"
	"github.com/gobakery/bakery/game/tour"
	"github.com/gobakery/bakery/sim"
)

// keepEvents is how many events one Update may bring before the oldest are dropped; a dropped event only costs
// a loaf its flight, never its place.
const keepEvents = 8192

// maxQueue bounds the changes waiting for the next Update, so that a caller in a loop cannot grow the queue
// without end; beyond it, changes are refused.
const maxQueue = 1024

// MaxCatchUp is the most wall-clock time one Update advances by: after a stall (a slow frame, a busy machine) the
// run goes on from where it was rather than leaping.
// A hidden tab does not count: a session owes nothing for the time it was suspended. A second keeps 1× the wall
// clock down to a frame a second, which even a loaded machine without a GPU draws.
const MaxCatchUp = time.Second

// The first Updates of a session follow the frames that compile the program and draw the sprites, which take
// up to a second each on a machine without a GPU: each advances by at most startUpStep, so that a learner sees
// the run from its start rather than its first seconds passing unseen.
const (
	startUpUpdates = 4
	startUpStep    = 100 * time.Millisecond
)

// maxEventsPerUpdate bounds the simulation's work in one Update (a few milliseconds, in WebAssembly too): when
// a run asks for more than a machine can do, it runs slower than asked, and says so, rather than freezing.
const maxEventsPerUpdate = 20000

// ErrQueueFull is returned by Do when changes come faster than Updates take them.
var ErrQueueFull = errors.New("session: too many changes waiting for the next frame; try again")

// Session is one bakery: its settings, its simulation and what it shows. Update, Frame and Close belong to one
// goroutine, the one that drives it (a game loop, a test); the other methods are safe for concurrent use from
// any goroutine (a JavaScript callback, say), and a change they make applies at the start of the next Update.
type Session struct {
	mu        sync.Mutex
	queue     []Change
	refused   int
	pub       State
	listeners []listener
	suspended atomic.Bool
	resumed   atomic.Bool // Suspend(false) came since the last Update

	// Everything below belongs to the goroutine that calls Update.
	sim       *sim.Sim
	view      View
	system    System
	start     sim.Scenario // the scenario the first Update starts
	frame     Frame
	last      time.Duration // the wall clock at the last Update
	started   bool
	updates   int         // Updates so far, counted up to startUpUpdates
	follow    sim.ActorID // the actor a step runs to, 0 for any (Follow)
	autoShown Panels      // the panels auto shows on the screen now (AutoShows)
	owe       float64     // simulated nanoseconds due but not yet run
	rate      rate
	fps       frameRate
	labels    labels
	gen       int // counts changes of scenario, for what depends on it alone
	pubGen    int
	header    Header // HeaderOf the scenario, worked out when it changes
	theory    *sim.Figures
	noTheory  string
	stepped   []sim.Event
	smp       sampler

	guide     tour.Guide
	tourFrame TourFrame
	tourGen   int // the gen tourFrame was checked at

	workClock   func() time.Duration
	sweep       *sweep.Sweep
	sweepBase   sim.Scenario // the scenario the sweep varies
	sweepDone   bool
	sweepWorked bool // the sweep moved on since it was last published
	sweepGen    int  // counts sweeps started and closed
	pubSweep    *sweep.State
	pubSweepGen int
}

// New makes a session from cfg, or reports what is wrong with cfg. Its simulation starts in the first Update,
// not here: the actors are coroutines (iter.Pull), which must be resumed from a goroutine locked to an OS thread
// exactly as the one that created them was, and a game loop may call Update on another goroutine than the one
// that made the session.
func New(cfg Config) (*Session, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	s := &Session{view: cfg.View, start: cfg.Scenario, guide: cfg.Tour, tourGen: -1, autoShown: autoShows &^ panelsChosen}
	s.pub.Plate, s.pub.Actors = []string{}, []ActorState{}
	t0 := time.Now()
	s.workClock = func() time.Duration { return time.Since(t0) }
	return s, nil
}

// Do queues c for the next Update. It returns ErrQueueFull, and drops c, if too many changes are waiting.
// It is safe for concurrent use.
func (s *Session) Do(c Change) error {
	if c.Empty() {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.queue) >= maxQueue {
		s.refused++
		return ErrQueueFull
	}
	s.queue = append(s.queue, c)
	return nil
}

// Set checks settings with Parse and queues the good ones as one Change; it returns the bad ones, each a
// *sim.SettingError joined with errors.Join. It is safe for concurrent use.
func (s *Session) Set(settings []sim.Setting) error {
	c, err := Parse(settings)
	if qerr := s.Do(c); qerr != nil {
		return errors.Join(err, qerr)
	}
	return err
}

// Suspend stops (on) or resumes (off) the clock, for when the host page is hidden or scrolled away, apart from
// play and pause: changes still apply and the state is still published, and a resumed session goes on where
// it left off. It is safe for concurrent use and takes effect at once.
func (s *Session) Suspend(on bool) {
	if was := s.suspended.Swap(on); was && !on {
		s.resumed.Store(true)
	}
}

// Suspended reports whether the session is suspended.
func (s *Session) Suspended() bool { return s.suspended.Load() }

// Update applies the queued changes, then advances the simulation by the wall-clock time since the last Update
// (now, read from the caller's clock; at most MaxCatchUp) times the speed, sampling it on the way, gives a
// what-if sweep under way its slice of work, takes the frame the screen shows, publishes the state and calls
// the listeners. A caller that wants a fixed step (a screenshot, a test) passes a
// clock that moves by fixed steps.
func (s *Session) Update(now time.Duration) error {
	if !s.started {
		sm, err := sim.NewWithLimits(s.start, Limits)
		if err != nil {
			return err
		}
		sm.KeepEvents(keepEvents)
		s.sim, s.started, s.last = sm, true, now
		s.restarted()
		s.sweepIfChosen()
	}
	wall := max(now-s.last, 0)
	dt := min(wall, MaxCatchUp)
	startUp := s.updates < startUpUpdates
	if startUp {
		s.updates++
		dt = min(dt, startUpStep)
	}
	s.last = now
	// A session that was suspended goes on from where it stood: the time it spent hidden is not owed.
	suspended := s.suspended.Load()
	if s.resumed.Swap(false) || suspended {
		dt, wall = 0, 0
	}
	s.stepped = s.stepped[:0]
	s.frame.Stepped, s.frame.Record = false, 0
	s.applyQueue()
	ran := time.Duration(0)
	running := !suspended && !s.view.Paused && !s.sim.Finished()
	if running {
		ran = s.advance(dt)
	}
	if wall > 0 {
		s.fps.add(min(wall, time.Second))
	}
	if !startUp { // held back on purpose, not a machine that cannot keep up
		s.rate.add(min(wall, time.Second), ran, running)
	}
	s.workSweep(wall)
	s.refresh(now)
	return nil
}

// advance runs the simulation by dt of wall-clock time at the session's speed, within the work a frame allows,
// sampling it at every SampleEvery of simulated time, and returns how much simulated time it ran.
func (s *Session) advance(dt time.Duration) time.Duration {
	s.owe += s.view.Speed * float64(dt)
	d := time.Duration(s.owe)
	if d <= 0 {
		return 0
	}
	from := s.sim.Now()
	if !s.runSampled(from+d, maxEventsPerUpdate) {
		// Out of work for this frame: drop the rest of what was due, so the run slows down instead of falling
		// further behind each frame.
		s.owe = 0
		return s.sim.Now() - from
	}
	ran := s.sim.Now() - from
	s.owe -= float64(ran)
	if s.sim.Finished() {
		s.owe = 0
	}
	return ran
}

func (s *Session) applyQueue() {
	s.mu.Lock()
	q, refused := s.queue, s.refused
	s.queue, s.refused = nil, 0
	s.mu.Unlock()
	if refused > 0 {
		s.say("%d changes came faster than the frames and were dropped", refused)
	}
	for _, c := range q {
		s.apply(c)
	}
}

// restarted forgets what belonged to the previous run.
func (s *Session) restarted() {
	s.owe, s.follow = 0, 0
	s.stepped, s.frame.Stepped = s.stepped[:0], false // a step's caption belongs to the run it stepped
	s.labels.reset()
	s.frame.Run++
	s.gen++
	s.restartSamples()
}

// Close ends the simulation, any what-if sweep, and their goroutines. It belongs to the goroutine that calls
// Update.
func (s *Session) Close() {
	if s.sim != nil {
		s.sim.Close()
	}
	s.closeSweep()
}

// RunTo runs the simulation to simulated time t at once (or to its end, if it finishes first) and takes the
// frame there, whatever Paused says: for a screenshot or a recording that must show one exact instant. It
// samples the run on the way, as Update does, over at most the last hour before t. It belongs to the goroutine
// that calls Update, after the first Update.
func (s *Session) RunTo(t time.Duration) {
	if s.sim == nil {
		return
	}
	if t-s.sim.Now() > runToSampled {
		s.sim.RunUntil(t - runToSampled)
		now := s.sim.Now()
		s.smp.hist = s.smp.hist[:0]
		s.smp.next = (now + SampleEvery - 1) / SampleEvery * SampleEvery
		s.smp.est.restart(now, 0)
	}
	s.runSampled(t, -1)
	s.owe = 0
	if s.sweep != nil && !s.sweepDone {
		// A screenshot shows a sweep done, whatever the machine's speed.
		for !s.sweep.Work(time.Hour) {
		}
		s.sweepDone = true
	}
	s.refresh(s.last)
}

package sim

import (
	"errors"
	"fmt"
	"math"
	"time"
)

// Sim is one run of a scenario. It is driven by one goroutine at a time (a game loop, a test, a command):
// it is not safe for concurrent use. Its actors' goroutines run only inside Advance, Step and the live changes,
// one at a time, and are all gone after Close.
//
// Actors are iter.Pull coroutines, made when they first run, and Go requires a coroutine to be resumed under the
// same OS-thread locking it was made with: drive a Sim (Advance, Step, live changes, Reset, Close) from
// goroutines that all lock the OS thread, or that all do not. Building it (New) may happen anywhere.
type Sim struct {
	sc  Scenario
	lim Limits

	now      time.Duration
	seq      uint64
	queue    []wake
	actors   []*actor // every actor of this run, by ID−1
	current  *actor
	plate    plate
	closing  bool
	closed   bool
	finished bool

	nBakers, nEaters       int // actors made so far, by role
	liveBakers, liveEaters int // actors whose goroutine still runs

	loafSeq      int64
	baked, eaten int64
	events       int64
	keep         int
	buffered     fifo[Event]
	dropped      int64
	hook         func(Event)
	stepped      []Event // the events of the Step under way, if stepping
	stepping     bool
}

// New starts a run of sc at time 0, checked against [DefaultLimits].
func New(sc Scenario) (*Sim, error) { return NewWithLimits(sc, DefaultLimits) }

// NewWithLimits starts a run of sc at time 0, checked against lim; live changes are held to lim too.
func NewWithLimits(sc Scenario, lim Limits) (*Sim, error) {
	if err := sc.Check(lim); err != nil {
		return nil, fmt.Errorf("sim: %w", err)
	}
	s := &Sim{lim: lim}
	s.build(sc)
	return s, nil
}

func (s *Sim) build(sc Scenario) {
	sc.BakerNames = append([]string(nil), sc.BakerNames...)
	sc.EaterNames = append([]string(nil), sc.EaterNames...)
	*s = Sim{sc: sc, lim: s.lim, keep: s.keep, hook: s.hook, queue: s.queue[:0], buffered: s.buffered}
	s.buffered.reset()
	s.plate = plate{s: s, cap: sc.Plate}
	for range sc.Bakers {
		s.spawn(BakerRole)
	}
	for range sc.Eaters {
		s.spawn(EaterRole)
	}
}

// teardown stops every actor's goroutine.
func (s *Sim) teardown() {
	s.closing = true
	for _, a := range s.actors {
		if a.alive && a.stop != nil { // an actor that never ran has no coroutine yet
			a.stop()
		}
	}
	s.closing = false
}

// Close stops the run; afterwards no goroutine of it is left and every method does nothing.
func (s *Sim) Close() {
	if s.closed {
		return
	}
	s.teardown()
	s.closed = true
	s.actors, s.queue = nil, nil
}

// Reset starts the run again from time 0 with the current settings, live changes included.
func (s *Sim) Reset() {
	if s.closed {
		return
	}
	s.teardown()
	s.build(s.sc)
}

// Load replaces the scenario and starts again from time 0. A scenario outside the limits is refused and the
// run goes on unchanged.
func (s *Sim) Load(sc Scenario) error {
	if s.closed {
		return errClosed
	}
	if err := sc.Check(s.lim); err != nil {
		return fmt.Errorf("sim: %w", err)
	}
	s.teardown()
	s.build(sc)
	return nil
}

var errClosed = errors.New("sim: closed")

// Now is the virtual time.
func (s *Sim) Now() time.Duration { return s.now }

// Finished reports whether the run has ended: every baker made its batch, and every loaf was eaten.
func (s *Sim) Finished() bool { return s.finished }

// Scenario returns the current settings, live changes included.
func (s *Sim) Scenario() Scenario {
	sc := s.sc
	sc.BakerNames = append([]string(nil), sc.BakerNames...)
	sc.EaterNames = append([]string(nil), sc.EaterNames...)
	return sc
}

// Limits returns the limits live changes are held to.
func (s *Sim) Limits() Limits { return s.lim }

// MaxRunTime is the longest simulated time a front end lets a user ask a run for (bakesim's -until, the
// desktop's -at): about 115 days, long enough for any steady state, short enough to end.
const MaxRunTime = 10_000_000 * time.Second

// Advance runs every event up to d later in virtual time, then sets the clock there. A run that has finished
// keeps its clock at the instant it finished.
func (s *Sim) Advance(d time.Duration) {
	if s.closed || d < 0 {
		return
	}
	s.checkEnd()
	end := s.now + min(d, math.MaxInt64-s.now) // "run to the end" must not wrap the clock
	for len(s.queue) > 0 && !s.finished && s.queue[0].at <= end {
		s.runNext()
	}
	if !s.finished {
		s.now = end
	}
}

// RunUntil advances to time t, or to the end of the run if it finishes first.
func (s *Sim) RunUntil(t time.Duration) { s.Advance(t - s.now) }

// Step resumes exactly the next actor in line, moving the clock to its instant, and reports whether there was
// one. That actor runs until it next waits, which logs zero or more events (an actor starting to bake logs none,
// a baker whose loaf goes straight to a waiting eater logs two); Step appends them to dst and returns it.
func (s *Sim) Step(dst []Event) ([]Event, bool) {
	if s.closed {
		return dst, false
	}
	s.stepped, s.stepping = dst, true
	s.checkEnd()
	ok := len(s.queue) > 0 && !s.finished
	if ok {
		s.runNext()
	}
	dst, s.stepped, s.stepping = s.stepped, nil, false
	return dst, ok
}

// NextAt returns the instant of the next event, if any.
func (s *Sim) NextAt() (time.Duration, bool) {
	if len(s.queue) == 0 || s.finished || s.closed {
		return 0, false
	}
	return s.queue[0].at, true
}

func (s *Sim) runNext() {
	w := s.popWake()
	if !w.a.alive {
		return
	}
	s.now = w.at
	s.resume(w.a)
	s.checkEnd()
}

// checkEnd ends a batch run once every baker is done, the plate is empty and every eater waits: the original's
// queue.join() followed by cancelling the eaters.
func (s *Sim) checkEnd() {
	if s.finished || s.sc.Batch == 0 || s.liveBakers > 0 || s.plate.loaves.len() > 0 ||
		s.plate.takers.len() != s.liveEaters {
		return
	}
	for {
		e, ok := s.plate.takers.pop()
		if !ok {
			break
		}
		e.cancelled = true
		e.stop()
	}
	s.finished = true
	s.emit(Finished, nil, nil, Loaf{})
}

// OnEvent calls fn for every event as it happens, from inside Advance, Step and the live changes; fn must not
// call back into the Sim. A nil fn stops the calls.
func (s *Sim) OnEvent(fn func(Event)) { s.hook = fn }

func (s *Sim) emit(k EventKind, a, peer *actor, l Loaf) {
	e := Event{Time: s.now, Kind: k, Loaf: l, Plate: s.plate.loaves.len(), Capacity: s.plate.cap}
	if a != nil {
		e.Actor = a.id
	}
	if peer != nil {
		e.Peer = peer.id
	}
	s.events++
	if s.stepping {
		s.stepped = append(s.stepped, e)
	}
	if s.hook != nil {
		s.hook(e)
	}
	if s.keep > 0 {
		if s.buffered.len() >= s.keep {
			s.buffered.pop()
			s.dropped++
		}
		s.buffered.push(e)
	}
}

// Name returns the name of the actor with the given ID, or "" if there is none.
func (s *Sim) Name(id ActorID) string {
	if id < 1 || int(id) > len(s.actors) {
		return ""
	}
	return s.actors[id-1].name
}

// Active reports whether the actor with the given ID is in the run and has more to do: not done with its batch,
// not sent home, not gone.
func (s *Sim) Active(id ActorID) bool {
	if id < 1 || int(id) > len(s.actors) {
		return false
	}
	switch s.actors[id-1].state {
	case Done, CancelledState, Gone:
		return false
	}
	return true
}

// Snapshot fills dst with the state of the run now, reusing its slices.
func (s *Sim) Snapshot(dst *Snapshot) {
	dst.Time = s.now
	dst.Capacity = s.plate.cap
	dst.Finished = s.finished
	dst.Plate = dst.Plate[:0]
	for i := range s.plate.loaves.len() {
		dst.Plate = append(dst.Plate, s.plate.loaves.at(i).loaf)
	}
	dst.Bakers, dst.Eaters = dst.Bakers[:0], dst.Eaters[:0]
	for _, a := range s.actors {
		if a.state == Gone {
			continue
		}
		v := ActorView{ID: a.id, Role: a.role, Name: a.name, State: a.state, Progress: a.progress(s.now),
			Since: a.since, Loaf: a.loaf, HasLoaf: a.hasLoaf, Loaves: a.loaves, Leaving: a.leaving}
		if a.role == BakerRole {
			dst.Bakers = append(dst.Bakers, v)
		} else {
			dst.Eaters = append(dst.Eaters, v)
		}
	}
	s.StatsInto(&dst.Stats)
}

// Stats returns the run's statistics now.
func (s *Sim) Stats() Stats {
	var st Stats
	s.StatsInto(&st)
	return st
}

// StatsInto fills st with the run's statistics now, as Stats returns them, reusing st's slices: a caller that
// takes them often (a chart's sample every 250 ms of simulated time) allocates nothing once st has grown.
func (s *Sim) StatsInto(st *Stats) {
	p := &s.plate
	now := s.now
	*st = Stats{Time: now, Events: s.events, Baked: s.baked, Eaten: s.eaten, Received: p.received,
		OnPlate: p.loaves.len(), MaxOnPlate: p.most, Bakers: st.Bakers[:0], Eaters: st.Eaters[:0],
		Waiting: time.Duration(p.loaves.len())*now - p.atSum}
	if now > 0 {
		secs := now.Seconds()
		st.Throughput = float64(s.eaten) / secs
		area := p.area + float64(p.loaves.len())*float64(now-p.last)
		st.MeanOnPlate = area / float64(now)
	}
	if p.received > 0 {
		st.MeanWait = p.waitSum.Seconds() / float64(p.received)
	}
	var sums [2]struct{ busy, wait, present time.Duration }
	for _, a := range s.actors {
		busy, wait, present := a.totals(now)
		sum := &sums[a.role]
		sum.busy += busy
		sum.wait += wait
		sum.present += present
		if a.state == Gone {
			continue
		}
		as := ActorStats{ID: a.id, Name: a.name, Loaves: a.loaves}
		if present > 0 {
			as.Busy = float64(busy) / float64(present)
			as.Wait = float64(wait) / float64(present)
		}
		if a.role == BakerRole {
			st.Bakers = append(st.Bakers, as)
		} else {
			st.Eaters = append(st.Eaters, as)
		}
	}
	frac := func(x, of time.Duration) float64 {
		if of <= 0 {
			return 0
		}
		return float64(x) / float64(of)
	}
	b, e := sums[BakerRole], sums[EaterRole]
	st.BakerBusyFrac, st.BakerBlockedFrac = frac(b.busy, b.present), frac(b.wait, b.present)
	st.EaterBusyFrac, st.EaterStarvedFrac = frac(e.busy, e.present), frac(e.wait, e.present)
}

package sim

import (
	"errors"
	"iter"
	"math/rand/v2"
	"time"
)

// actor is one baker or eater: a coroutine and what the kernel knows about it. Only the kernel, or the one actor
// it has resumed, touches an actor, so nothing here needs a lock.
type actor struct {
	s     *Sim
	id    ActorID
	role  Role
	index int // ordinal within its role in this run; picks its random stream
	name  string
	rng   *rand.Rand

	life  func(*actor, *plate)
	next  func() (struct{}, bool) // nil until the actor first runs
	stop  func()
	yield func(struct{}) bool
	alive bool // the coroutine has not returned

	state       State
	since       time.Duration // when state began
	from, until time.Duration // the current bake or meal
	loaf        Loaf
	hasLoaf     bool
	loaves      int64
	leaving     bool
	cancelled   bool
	joined      time.Duration
	left        time.Duration
	busy, wait  time.Duration // time in finished busy and waiting spells
}

// errStop unwinds an actor's stack when the kernel stops its coroutine.
var errStop = errors.New("sim: actor stopped")

// wake is an entry in the kernel's queue: resume a at time at; seq breaks ties in the order they were made.
type wake struct {
	at  time.Duration
	seq uint64
	a   *actor
}

func (w wake) before(v wake) bool { return w.at < v.at || (w.at == v.at && w.seq < v.seq) }

// schedule queues a to be resumed at time at.
func (s *Sim) schedule(a *actor, at time.Duration) {
	s.seq++
	q := append(s.queue, wake{at, s.seq, a})
	for i := len(q) - 1; i > 0; {
		p := (i - 1) / 2
		if !q[i].before(q[p]) {
			break
		}
		q[i], q[p] = q[p], q[i]
		i = p
	}
	s.queue = q
}

// popWake removes and returns the earliest entry; the queue must not be empty.
func (s *Sim) popWake() wake {
	q := s.queue
	top := q[0]
	n := len(q) - 1
	q[0] = q[n]
	q[n] = wake{}
	q = q[:n]
	for i := 0; ; {
		l := 2*i + 1
		if l >= n {
			break
		}
		m := l
		if r := l + 1; r < n && q[r].before(q[l]) {
			m = r
		}
		if !q[m].before(q[i]) {
			break
		}
		q[i], q[m] = q[m], q[i]
		i = m
	}
	s.queue = q
	return top
}

// spawn creates an actor whose goroutine starts at the current instant, after everything already queued for it.
func (s *Sim) spawn(role Role) *actor {
	a := &actor{s: s, id: ActorID(len(s.actors) + 1), role: role, joined: s.now, since: s.now}
	var life func(*actor, *plate)
	if role == BakerRole {
		a.index = s.nBakers
		s.nBakers++
		a.name = defaultName(s.sc.BakerNames, bakerNames, "Baker", a.index)
		a.state = Baking
		life = baker
		s.liveBakers++
	} else {
		a.index = s.nEaters
		s.nEaters++
		a.name = defaultName(s.sc.EaterNames, eaterNames, "Eater", a.index)
		a.state = WaitingForLoaf
		life = eater
		s.liveEaters++
	}
	a.rng = rand.New(rand.NewPCG(s.sc.Seed, streamID(role, a.index)))
	a.life = life
	a.alive = true
	s.actors = append(s.actors, a)
	s.schedule(a, s.now)
	return a
}

// streamID gives each actor its own random stream: adding an eater changes nothing the bakers draw.
func streamID(role Role, index int) uint64 {
	x := uint64(role)<<40 | uint64(index)
	// splitmix64's finaliser, so neighbouring indices get unrelated streams.
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// exit runs as the actor's goroutine ends, normally or unwound by errStop.
func (a *actor) exit() {
	if r := recover(); r != nil && r != errStop {
		panic(r)
	}
	s := a.s
	a.die()
	if s.closing {
		return
	}
	switch {
	case a.cancelled:
		a.set(CancelledState)
		s.emit(Cancelled, a, nil, Loaf{})
	case a.leaving:
		a.gone()
	default: // a baker whose batch is done
		a.set(Done)
		s.emit(BatchDone, a, nil, Loaf{})
	}
}

// die counts the actor out of the living: its goroutine has ended, or never started.
func (a *actor) die() {
	a.alive = false
	if a.role == BakerRole {
		a.s.liveBakers--
	} else {
		a.s.liveEaters--
	}
}

// gone marks a leaving actor gone, now, and logs that it left.
func (a *actor) gone() {
	a.set(Gone)
	a.left = a.s.now
	a.s.emit(Left, a, nil, Loaf{})
}

// resume runs a until it next waits or ends. The coroutine is made on the actor's first run, not when it is
// spawned: a coroutine must always be resumed under the OS-thread locking it was made with, and the goroutine
// that drives the run (a game's Update, say) need not be the one that built it.
func (s *Sim) resume(a *actor) {
	if a.next == nil {
		a.next, a.stop = iter.Pull(func(yield func(struct{}) bool) {
			a.yield = yield
			defer a.exit()
			a.life(a, &s.plate)
		})
	}
	s.current = a
	a.next()
	s.current = nil
}

// park gives control back to the kernel until it resumes this actor.
func (a *actor) park() {
	if !a.yield(struct{}{}) {
		panic(errStop)
	}
}

// sleep waits d of virtual time.
func (a *actor) sleep(d time.Duration) {
	s := a.s
	a.from, a.until = s.now, s.now+d
	s.schedule(a, a.until)
	a.park()
}

// set moves the actor to a new state, adding the time spent in the old one to its totals.
func (a *actor) set(st State) {
	d := a.s.now - a.since
	switch {
	case a.state.Busy():
		a.busy += d
	case a.state.Waiting():
		a.wait += d
	}
	a.state, a.since = st, a.s.now
}

func (b *actor) keepBaking(n int) bool {
	return !b.leaving && (b.s.sc.Batch == 0 || n <= b.s.sc.Batch)
}

// bake sleeps for a bake time and returns the fresh loaf, now in the baker's hands.
func (b *actor) bake(n int) Loaf {
	s := b.s
	b.set(Baking)
	b.sleep(s.sc.Bake.draw(b.rng))
	s.loafSeq++
	b.loaf, b.hasLoaf = Loaf{ID: s.loafSeq, Baker: b.id, N: int32(n)}, true
	b.loaves++
	s.baked++
	s.emit(Baked, b, nil, b.loaf)
	return b.loaf
}

func (e *actor) keepEating() bool { return !e.leaving }

// eat sleeps for an eat time; the loaf is then gone.
func (e *actor) eat(l Loaf) {
	s := e.s
	e.sleep(s.sc.Eat.draw(e.rng))
	e.hasLoaf = false
	e.loaves++
	s.eaten++
	s.emit(Eaten, e, nil, l)
}

// progress is how far the actor is through its bake or meal, 0..1.
func (a *actor) progress(now time.Duration) float64 {
	if !a.state.Busy() || a.until <= a.from || now <= a.from {
		return 0
	}
	return min(float64(now-a.from)/float64(a.until-a.from), 1)
}

// totals returns the actor's busy and waiting time and how long it has been present, up to now.
func (a *actor) totals(now time.Duration) (busy, wait, present time.Duration) {
	busy, wait = a.busy, a.wait
	end := now
	if a.state == Gone {
		end = a.left
	} else {
		switch d := now - a.since; {
		case a.state.Busy():
			busy += d
		case a.state.Waiting():
			wait += d
		}
	}
	return busy, wait, end - a.joined
}

// Package sweep runs a what-if sweep of a bakery scenario, one simulation per setting, a few milliseconds at a time.
package sweep

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/gobakery/bakery/sim"
)

// Defaults and bounds of a sweep's options.
const (
	// DefaultLoaves sets how long each point runs (see [Options.Loaves]). The default plate sweep of the
	// balanced preset, 21 points, then eats about 47,000 loaves: 30–50 ms of CPU natively and 130–300 ms in wasm
	// on node on the project's 2-core machine while busy (about 50 ms at the 1 M loaves/s wasm manages when it
	// is quiet), so at one 4 ms slice a frame it takes 20–35 frames, 1–1.7 s at 20 frames a second. Over ten
	// seeds of that sweep a point's throughput was then off its exact value by 1.7% (root mean square) and its
	// fractions by 2 points: enough for the eye, with the exact curve beside them.
	DefaultLoaves = 2500
	// DefaultWarmup is the fraction of each point's run discarded before measuring: the plate starts empty.
	DefaultWarmup = 0.1
	// MaxLoaves bounds [Options.Loaves].
	MaxLoaves = 10_000_000
	// MaxWarmup bounds [Options.Warmup].
	MaxWarmup = 0.9
	// MaxPoints bounds how many settings one sweep covers, so that a sweep always ends in reasonable time.
	MaxPoints = 101
	// Slice is a reasonable budget for one [Sweep.Work] call per frame.
	Slice = 4 * time.Millisecond
)

// stepsPerCheck is how many actors a Work slice resumes between looks at the clock: some 20–30 µs of work
// natively with 64 + 64 actors and about 100 µs in wasm (a loaf is about three resumes), so a slice overshoots its
// budget by little more than that. Starting and closing a point are indivisible and cost about as much.
const stepsPerCheck = 64

// Options tune a sweep; the zero value means the defaults.
type Options struct {
	// Loaves sets each point's simulated horizon to Loaves divided by the most loaves a second its bakers and
	// eaters could make, min(bakers/mean bake time, eaters/mean eat time), or by 1/max(mean times) when there are
	// no bakers or no eaters. Each point then eats at most about Loaves loaves, warm-up included, and costs
	// about the same CPU, in proportion to Loaves, whatever its setting. 0 means [DefaultLoaves]; at most
	// [MaxLoaves].
	Loaves int
	// Warmup is the fraction of each point's horizon run before measuring starts. 0 means [DefaultWarmup];
	// at most [MaxWarmup].
	Warmup float64
	// Clock returns the time elapsed since any fixed instant; Work reads it to keep to its budget. nil means the
	// wall clock. Tests pass a fake one.
	Clock func() time.Duration
}

// Figures are the figures a sweep shows at one setting, with the JSON names of [sim.Figures].
type Figures struct {
	Throughput       float64 `json:"throughput_per_s"`
	BakerBlockedFrac float64 `json:"baker_blocked_frac"`
	EaterStarvedFrac float64 `json:"eater_starved_frac"`
}

// Point is one setting of a sweep: X is the value of the axis, Figures are measured after the warm-up, and Exact
// holds the exact figures ([sim.Exact]) or is nil when the times are not exponential.
type Point struct {
	X int `json:"x"`
	Figures
	Exact *Figures `json:"exact"`
}

// State is a sweep as the JavaScript API's state().sweep shows it.
type State struct {
	Axis   Axis    `json:"axis"`
	Done   bool    `json:"done"`
	Points []Point `json:"points"`
	// Stale is set by the session when the scenario on screen has changed, since the sweep started, in more
	// than the sweep's axis: its points are of the scenario as it was.
	Stale bool `json:"stale"`
}

// Sweep is a what-if sweep under way: one run of the base scenario for each value of the axis, each in turn,
// advanced by [Sweep.Work] in slices. It is not safe for concurrent use. Like a [sim.Sim], drive it from
// goroutines that all lock the OS thread or that all do not, and Close a sweep abandoned before it is done.
//
// A batch in the base scenario is dropped: a sweep measures long-run rates, which a batch run has only while it
// lasts, so each point runs the scenario with batch 0, and its exact figures are those of that endless run. With
// fixed or uniform times there are no exact figures, only simulated points. Every point uses the base's seed, so
// the same sweep always gives the same points, and neighbouring points share their random times (common random
// numbers), which keeps the simulated curve smooth.
type Sweep struct {
	base     sim.Scenario
	axis     Axis
	from, to int
	lim      sim.Limits
	loaves   int
	warmup   float64
	clock    func() time.Duration

	exact  []Figures // by x − from; nil if there are none
	solved bool      // exact is complete (or nil for good)
	curves [3]spline // through exact's three figures, once solved
	points []Point

	run          *sim.Sim // the point under way, or nil
	warm, end    time.Duration
	warmed       bool
	eaten0       int64   // totals at the end of the warm-up
	blocked0     float64 // seconds an average baker was blocked
	starved0     float64 // seconds an average eater starved
	events       []sim.Event
	closed, done bool
}

// New checks a sweep of base along axis from from to to (inclusive) under lim, and returns it ready to Work.
// Every bad input is reported as a [*sim.SettingError] naming the setting ("axis", "from", "to", "loaves",
// "warmup", or one of the base scenario's), the value and what is allowed, joined with [errors.Join].
func New(base sim.Scenario, axis Axis, from, to int, lim sim.Limits, opt Options) (*Sweep, error) {
	var errs []error
	bad := func(key string, value any, allowed string, args ...any) {
		errs = append(errs, &sim.SettingError{Key: key, Value: fmt.Sprint(value), Allowed: fmt.Sprintf(allowed, args...)})
	}
	base.Batch = 0
	if err := base.Check(lim); err != nil {
		errs = append(errs, err)
	}
	if !axis.valid() {
		bad("axis", axis, allowedAxes)
	} else {
		most := axis.most(lim)
		if from < 0 || from > most {
			bad("from", from, "a whole number 0..%d", most)
		} else if hi := min(most, from+MaxPoints-1); to < from || to > hi {
			bad("to", to, "a whole number %d..%d (no less than from, at most %d points, %s at most %d)",
				from, hi, MaxPoints, axis, most)
		}
	}
	if opt.Loaves < 0 || opt.Loaves > MaxLoaves {
		bad("loaves", opt.Loaves, "a whole number 0..%d (0: the default %d)", MaxLoaves, DefaultLoaves)
	}
	if !(opt.Warmup >= 0 && opt.Warmup <= MaxWarmup) {
		bad("warmup", strconv.FormatFloat(opt.Warmup, 'g', -1, 64), "a fraction 0..%g (0: the default %g)", MaxWarmup, DefaultWarmup)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("sweep: %w", err)
	}
	s := &Sweep{base: base, axis: axis, from: from, to: to, lim: lim, loaves: opt.Loaves, warmup: opt.Warmup,
		clock: opt.Clock, points: make([]Point, 0, to-from+1)}
	if s.loaves == 0 {
		s.loaves = DefaultLoaves
	}
	if s.warmup == 0 {
		s.warmup = DefaultWarmup
	}
	if s.clock == nil {
		start := time.Now()
		s.clock = func() time.Duration { return time.Since(start) }
	}
	return s, nil
}

// solveStates bounds the work of solving exact figures in one slice: Exact's cost is in proportion to its chain's
// states, bakers + eaters + plate + 1, about 0.5 µs each in wasm. The default sweep is solved in one slice; a
// sweep of plates 900..1000 with 64 + 64 actors, 50 ms of solving in wasm, takes a hundred.
const solveStates = 2048

// solve computes the exact figures of the next few points, or finds that there are none.
func (s *Sweep) solve() {
	for work := 0; work < solveStates && !s.solved; {
		sc := s.scenario(s.from + len(s.exact))
		f, err := sim.Exact(sc)
		if err != nil {
			s.exact, s.solved = nil, true
			return
		}
		s.exact = append(s.exact, Figures{f.Throughput, f.BakerBlockedFrac, f.EaterStarvedFrac})
		work += sc.Bakers + sc.Eaters + sc.Plate + 1
		s.solved = len(s.exact) == s.to-s.from+1
	}
	if s.solved && s.exact != nil {
		var cols [3][]float64
		for _, e := range s.exact {
			for i, v := range [3]float64{e.Throughput, e.BakerBlockedFrac, e.EaterStarvedFrac} {
				cols[i] = append(cols[i], v)
			}
		}
		for i := range cols {
			s.curves[i] = newSpline(cols[i])
		}
	}
}

// scenario is the base with the axis set to x.
func (s *Sweep) scenario(x int) sim.Scenario {
	sc := s.base
	s.axis.apply(&sc, x)
	return sc
}

// Axis returns the axis the sweep varies.
func (s *Sweep) Axis() Axis { return s.axis }

// Range returns the first and last values of the axis the sweep covers.
func (s *Sweep) Range() (from, to int) { return s.from, s.to }

// Work runs the sweep until the clock says budget has passed since the call began, or the sweep is done, and
// reports whether there is nothing left to do (the sweep is done or closed). It always does some work, however
// small the budget. Between looks at the clock it resumes at most 64 actors, or starts or finishes one point, or
// solves a few points' exact figures.
func (s *Sweep) Work(budget time.Duration) (done bool) {
	start := s.clock()
	for !s.done && !s.closed {
		s.slice()
		if s.clock()-start >= budget {
			break
		}
	}
	return s.done || s.closed
}

// slice solves some exact figures, or starts a point, or runs up to stepsPerCheck steps of it, or ends its
// warm-up, or finishes it.
func (s *Sweep) slice() {
	if !s.solved {
		s.solve()
		return
	}
	if s.run == nil {
		s.start()
		return
	}
	target := s.end
	if !s.warmed {
		target = s.warm
	}
	for range stepsPerCheck {
		if at, ok := s.run.NextAt(); !ok || at > target {
			s.run.RunUntil(target)
			if s.warmed {
				s.finish()
			} else {
				s.warmed = true
				s.eaten0, s.blocked0, s.starved0 = totals(s.run)
			}
			return
		}
		s.events, _ = s.run.Step(s.events[:0])
	}
}

// start begins the run of the next point.
func (s *Sweep) start() {
	sc := s.scenario(s.from + len(s.points))
	run, err := sim.NewWithLimits(sc, s.lim)
	if err != nil {
		panic(fmt.Sprintf("sweep: a scenario New accepted was refused: %v", err)) // New checked every point
	}
	s.run, s.warmed = run, false
	s.end = horizon(sc, s.loaves)
	s.warm = time.Duration(s.warmup * float64(s.end))
}

// frac keeps a fraction in [0, 1], and rounding's 1e-20 at 0.
func frac(f float64) float64 {
	if f < 1e-12 {
		return 0
	}
	return min(f, 1)
}

// finish measures the point under way, now at its horizon, and closes its run.
func (s *Sweep) finish() {
	eaten, blocked, starved := totals(s.run)
	secs := (s.end - s.warm).Seconds()
	p := Point{X: s.from + len(s.points), Figures: Figures{
		Throughput:       float64(eaten-s.eaten0) / secs,
		BakerBlockedFrac: frac((blocked - s.blocked0) / secs),
		EaterStarvedFrac: frac((starved - s.starved0) / secs),
	}}
	if s.exact != nil {
		e := s.exact[len(s.points)]
		p.Exact = &e
	}
	s.points = append(s.points, p)
	s.run.Close()
	s.run = nil
	s.done = len(s.points) == s.to-s.from+1
}

// totals returns the loaves eaten so far and the seconds an average baker was blocked and an average eater
// starved. No actor joins or leaves during a sweep, so every one has been present all along.
func totals(run *sim.Sim) (eaten int64, blocked, starved float64) {
	st := run.Stats()
	secs := st.Time.Seconds()
	return st.Eaten, st.BakerBlockedFrac * secs, st.EaterStarvedFrac * secs
}

// horizon is how long a point runs: the time in which its bakers and eaters could make at most loaves loaves.
func horizon(sc sim.Scenario, loaves int) time.Duration {
	bake, eat := sc.Bake.Mean().Seconds(), sc.Eat.Mean().Seconds()
	rate := min(float64(sc.Bakers)/bake, float64(sc.Eaters)/eat)
	if rate == 0 { // nothing is eaten, and after a few events nothing happens: any horizon is cheap
		rate = 1 / max(bake, eat)
	}
	return time.Duration(min(float64(loaves)/rate*float64(time.Second), math.MaxInt64/2))
}

// Progress is the fraction of the sweep done, 0..1, counting each point's share by its simulated time.
func (s *Sweep) Progress() float64 {
	p := float64(len(s.points))
	if s.run != nil && s.end > 0 {
		p += min(float64(s.run.Now())/float64(s.end), 1)
	}
	return p / float64(s.to-s.from+1)
}

// Done reports whether every point has been measured.
func (s *Sweep) Done() bool { return s.done }

// Points returns a copy of the points measured so far, in order of X.
func (s *Sweep) Points() []Point { return slices.Clone(s.points) }

// State returns the sweep as state().sweep shows it; Points is never nil, so JSON shows [] rather than null.
func (s *Sweep) State() State {
	return State{Axis: s.axis, Done: s.done, Points: append(make([]Point, 0, len(s.points)), s.points...)}
}

// Curve returns the exact figures at x, any real number from the sweep's first value to its last, for drawing a
// line through the points, and reports whether there are exact figures there. They are there once Work has
// solved them, before it measures the first point: in the first slice for most sweeps. At whole numbers they are
// [sim.Exact]'s; in between, where a plate or a crowd has no meaning, they follow a smooth monotone
// interpolation that never strays outside its neighbouring exact values.
func (s *Sweep) Curve(x float64) (Figures, bool) {
	if !s.solved || s.exact == nil || !(x >= float64(s.from) && x <= float64(s.to)) {
		return Figures{}, false
	}
	u := x - float64(s.from)
	return Figures{s.curves[0].at(u), s.curves[1].at(u), s.curves[2].at(u)}, true
}

// Close stops the point under way, ending its actors' goroutines; afterwards Work does nothing. The points
// measured so far stay readable. Closing twice is harmless.
func (s *Sweep) Close() {
	if s.run != nil {
		s.run.Close()
		s.run = nil
	}
	s.closed = true
}

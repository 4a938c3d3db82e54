package session

import (
	"time"

	"github.com/gobakery/bakery/sim"
)

// Estimates are the run's long-run figures as measured since the end of a warm-up, each with its 95% confidence
// interval by batch means (sim.BatchMeans), fed at every sample: the interval narrows as the run goes on. They
// start again whenever the scenario changes, live changes included (the run then heads for a new steady state),
// and when an actor leaves; the warm-up is ten of the longer of the mean bake and eat times, at least 5 s of
// simulated time.
type Estimates struct {
	// Throughput is loaves eaten a second; MeanOnPlate the time-average of the loaves on the plate; MeanWait the
	// mean seconds a loaf that reached an eater spent on the plate; BakerBlocked and EaterStarved the fractions
	// of bakers' time spent blocked at a full plate and of eaters' time starved at an empty one.
	Throughput, MeanOnPlate, MeanWait, BakerBlocked, EaterStarved sim.Estimate
	// OK says which of them have an interval yet: it takes two complete batches, and some weight (a loaf that
	// reached an eater, for MeanWait; a baker or an eater, for the fractions).
	OK EstimatesOK
	// From is the simulated time the estimates are measured from: the end of the warm-up after the run began or
	// last changed. Nothing is OK before the clock passes it.
	From time.Duration
}

// EstimatesOK says, field by field, which Estimates have a confidence interval.
type EstimatesOK struct {
	Throughput, MeanOnPlate, MeanWait, BakerBlocked, EaterStarved bool
}

// Little is Little's law for the plate, over the run so far, in the form that holds exactly at every moment
// (the sample-path form): L, the mean loaves on the plate, equals λ, the loaves that came to the plate a second
// (put on it or handed straight over), times W, the mean time they spent on it, counting the loaves still on it
// at their wait so far (a loaf handed straight over waits 0). LambdaW is λ·W, to set beside L. In the long run W
// and the mean wait of the loaves eaten, which the figures show, agree.
type Little struct {
	L, Lambda, W, LambdaW float64
}

// littleOf reads Little's law off a run's statistics.
func littleOf(st *sim.Stats) Little {
	l := Little{L: st.MeanOnPlate}
	came := float64(st.Received) + float64(st.OnPlate)
	if st.Time > 0 && came > 0 {
		l.Lambda = came / st.Time.Seconds()
		l.W = (st.MeanWait*float64(st.Received) + st.Waiting.Seconds()) / came
	}
	l.LambdaW = l.Lambda * l.W
	return l
}

// Bounds of the warm-up before the estimates start.
const (
	warmupCycles = 10
	minWarmup    = 5 * time.Second
)

// warmupOf is how long the run sc goes before its estimates start.
func warmupOf(sc sim.Scenario) time.Duration {
	longer := max(sc.Bake.Mean(), sc.Eat.Mean())
	if longer > sim.MaxRunTime/warmupCycles {
		return sim.MaxRunTime
	}
	return max(minWarmup, warmupCycles*longer)
}

// estimator feeds the Estimates' batch means with running totals at each sample.
type estimator struct {
	from, warmup   time.Duration
	started        bool
	bakers, eaters int // the cast when the estimates started: when it shrinks they start again
	thr, plate     sim.BatchMeans
	wait           sim.BatchMeans
	blocked        sim.BatchMeans
	starved        sim.BatchMeans
	fed            bool          // something was fed since the last estimates were read
	last           time.Duration // the time of the last totals fed
}

// minBatches is the fewest batches an interval is shown on: below it the t quantile is wide and the batches'
// own spread is a poor guide.
const minBatches = 10

// restart forgets every observation; the estimates start warmup after now.
func (e *estimator) restart(now, warmup time.Duration) {
	*e = estimator{from: now + warmup, warmup: warmup, fed: true}
}

// feed adds the totals of st, taken at a sample; joined holds when each present actor joined.
func (e *estimator) feed(st *sim.Stats, joined map[sim.ActorID]time.Duration) {
	if st.Time < e.from {
		return
	}
	if e.started && (len(st.Bakers) != e.bakers || len(st.Eaters) != e.eaters) {
		e.restart(st.Time, e.warmup) // an actor left: its time no longer counts, and the run changed
		return
	}
	if !e.started {
		e.started, e.bakers, e.eaters = true, len(st.Bakers), len(st.Eaters)
	}
	e.last = st.Time
	secs := st.Time.Seconds()
	e.thr.AddTotals(float64(st.Eaten), secs)
	e.plate.AddTotals(st.MeanOnPlate*secs, secs)
	e.wait.AddTotals(st.MeanWait*float64(st.Received), float64(st.Received))
	e.blocked.AddTotals(waited(st.Bakers, st.Time, joined))
	e.starved.AddTotals(waited(st.Eaters, st.Time, joined))
	e.fed = true
}

// waited returns the seconds the actors have waited in all, and have been present in all, at now.
func waited(actors []sim.ActorStats, now time.Duration, joined map[sim.ActorID]time.Duration) (wait, present float64) {
	for _, a := range actors {
		p := (now - joined[a.ID]).Seconds()
		wait += a.Wait * p
		present += p
	}
	return wait, present
}

// estimates reads the estimates. An interval is given only once it rests on at least minBatches batches each
// as long as the warm-up (ten of the longer mean time): shorter batches of a queue are correlated, and their
// intervals too narrow (a review found 27 to 33 of 40 seeds covering the exact value at 200 s of crowd, where
// 38 are due).
func (e *estimator) estimates() Estimates {
	x := Estimates{From: e.from}
	read := func(b *sim.BatchMeans) (sim.Estimate, bool) {
		est, ok := b.Estimate()
		ok = ok && est.Batches >= minBatches && e.last-e.from >= time.Duration(est.Batches)*e.warmup
		return est, ok
	}
	x.Throughput, x.OK.Throughput = read(&e.thr)
	x.MeanOnPlate, x.OK.MeanOnPlate = read(&e.plate)
	x.MeanWait, x.OK.MeanWait = read(&e.wait)
	x.BakerBlocked, x.OK.BakerBlocked = read(&e.blocked)
	x.EaterStarved, x.OK.EaterStarved = read(&e.starved)
	// Fractions are fractions: rounding leaves -2e-17 where no one has waited.
	x.BakerBlocked.Mean = min(max(x.BakerBlocked.Mean, 0), 1)
	x.EaterStarved.Mean = min(max(x.EaterStarved.Mean, 0), 1)
	e.fed = false
	return x
}

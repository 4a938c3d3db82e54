package session

import (
	"time"

	"github.com/gobakery/bakery/sim"
)

// Samples of the run for the charts are taken at fixed instants of simulated time, not per frame, so that they
// are the same at any speed and frame rate.
const (
	// SampleEvery is the simulated time between two samples: they are taken at 0, 250 ms, 500 ms… of the run.
	SampleEvery = 250 * time.Millisecond
	// SampleWindow is how much simulated time Frame.History covers.
	SampleWindow = time.Minute
)

// keepSamples is how many samples Frame.History holds at most: SampleWindow's worth, both ends included.
const keepSamples = int(SampleWindow/SampleEvery) + 1

// runToSampled is how much of a RunTo is sampled: before that, the run goes unsampled, so that a screenshot
// of a long run costs no more than the simulation; the estimates then start an hour before the instant shown.
const runToSampled = time.Hour

// Sample is the run at one instant of simulated time, a multiple of SampleEvery since the run began.
type Sample struct {
	T time.Duration
	// OnPlate is the loaves on the plate and Capacity what it holds.
	OnPlate, Capacity int
	// Eaten counts the loaves eaten so far, Received those that reached an eater (see sim.Stats): differences of
	// two samples give the throughput between them.
	Eaten, Received int64
}

// sampler keeps the samples of the run, and the estimates fed from them.
type sampler struct {
	next time.Duration // the instant of the next sample
	// hist holds the samples, oldest first; it grows to twice keepSamples, then its last keepSamples move to
	// the front, so that adding one costs O(1) and History is one slice.
	hist []Sample
	st   sim.Stats // the statistics at the last sample, reused
	est  estimator
	// joined is when each present actor joined the run, by ID, for the totals of their blocked and starved time.
	joined map[sim.ActorID]time.Duration
	plate  int // the plate's capacity now
}

// history is the samples of the last SampleWindow, oldest first.
func (m *sampler) history() []Sample { return m.hist[max(0, len(m.hist)-keepSamples):] }

func (m *sampler) add(x Sample) {
	if len(m.hist) == 2*keepSamples {
		m.hist = m.hist[:copy(m.hist, m.hist[len(m.hist)-keepSamples+1:])]
	}
	if m.hist == nil {
		m.hist = make([]Sample, 0, 2*keepSamples)
	}
	m.hist = append(m.hist, x)
}

// restartSamples forgets the samples and the estimates of the previous run: this one starts at time 0.
func (s *Session) restartSamples() {
	m := &s.smp
	m.next, m.hist = 0, m.hist[:0]
	clear(m.joined)
	s.castChanged()
}

// castChanged notes, after the run started or changed live, when the actors not seen before joined, and
// starts the estimates again: the run is heading for a new steady state.
func (s *Session) castChanged() {
	m := &s.smp
	if m.joined == nil {
		m.joined = map[sim.ActorID]time.Duration{}
	}
	sc := s.sim.Scenario()
	m.plate = sc.Plate
	s.sim.StatsInto(&m.st)
	now := s.sim.Now()
	seen := make(map[sim.ActorID]bool, len(m.st.Bakers)+len(m.st.Eaters))
	for _, list := range [2][]sim.ActorStats{m.st.Bakers, m.st.Eaters} {
		for _, a := range list {
			seen[a.ID] = true
			if _, ok := m.joined[a.ID]; !ok {
				m.joined[a.ID] = now
			}
		}
	}
	for id := range m.joined {
		if !seen[id] {
			delete(m.joined, id)
		}
	}
	m.est.restart(now, warmupOf(sc))
}

// sampleThrough takes the samples due at or before t, which is no later than the run's next event: between
// events the run stands still, so its clock is moved to each sample's instant and the run is read there. A run
// that has finished is not sampled past its end.
func (s *Session) sampleThrough(t time.Duration) {
	m := &s.smp
	if s.sim.Finished() {
		t = min(t, s.sim.Now())
	}
	for m.next <= t {
		s.sim.RunUntil(m.next)
		s.sim.StatsInto(&m.st)
		m.add(Sample{T: m.next, OnPlate: m.st.OnPlate, Capacity: m.plate, Eaten: m.st.Eaten, Received: m.st.Received})
		m.est.feed(&m.st, m.joined)
		m.next += SampleEvery
	}
}

// runSampled runs the simulation to end event by event, sampling on the way, doing at most limit steps (no
// limit if limit < 0). It reports whether it reached end.
func (s *Session) runSampled(end time.Duration, limit int) bool {
	for n := 0; ; n++ {
		at, ok := s.sim.NextAt()
		if !ok || at > end {
			s.sampleThrough(end)
			s.sim.RunUntil(end)
			return true
		}
		if n == limit {
			return false
		}
		s.sampleThrough(at - 1)
		s.sim.Step(nil)
	}
}

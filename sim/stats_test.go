package sim

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReceivedCountsLoavesThatReachedAnEater: Received is every loaf eaten plus every loaf being eaten, whether
// it came from the plate or straight from a baker's hands, and it is the count behind MeanWait.
func TestReceivedCountsLoavesThatReachedAnEater(t *testing.T) {
	tests := []struct {
		name  string
		sc    Scenario
		until time.Duration
	}{
		{"the story, to its end", MustPreset("seed"), time.Minute},
		{"the story, mid-run", MustPreset("seed"), 2500 * time.Millisecond},
		{"hand to hand", MustPreset("rendezvous"), 30 * time.Second},
		{"a crowd", MustPreset("crowd"), 45 * time.Second},
		{"no eaters", Scenario{Bakers: 2, Plate: 3, Bake: fixed(time.Second), Eat: fixed(time.Second), Seed: 1}, 10 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := New(tt.sc)
			require.NoError(t, err)
			defer s.Close()
			var handed, taken int64
			var waited time.Duration
			put := map[int64]time.Duration{}
			s.OnEvent(func(e Event) {
				switch e.Kind {
				case Put:
					put[e.Loaf.ID] = e.Time
				case Handed:
					handed++
				case Taken:
					taken++
					waited += e.Time - put[e.Loaf.ID]
				}
			})
			s.RunUntil(tt.until)
			var snap Snapshot
			s.Snapshot(&snap)
			eating := int64(0)
			for _, e := range snap.Eaters {
				if e.HasLoaf {
					eating++
				}
			}
			st := snap.Stats
			assert.Equal(t, handed+taken, st.Received, "every loaf handed over or taken")
			assert.Equal(t, st.Eaten+eating, st.Received, "eaten, or in an eater's hands")
			if st.Received > 0 {
				assert.InDelta(t, waited.Seconds()/float64(st.Received), st.MeanWait, 1e-9, "the count behind MeanWait")
			}
			if s.Finished() {
				assert.Equal(t, st.Baked, st.Received, "a finished run: every loaf baked reached an eater")
			}
		})
	}
}

// TestStatsIntoReusesItsSlices: StatsInto gives what Stats gives, and once its slices have grown it allocates
// nothing.
func TestStatsIntoReusesItsSlices(t *testing.T) {
	s, err := New(MustPreset("crowd"))
	require.NoError(t, err)
	defer s.Close()
	s.RunUntil(20 * time.Second)
	var st Stats
	s.StatsInto(&st)
	assert.Equal(t, s.Stats(), st)
	allocs := testing.AllocsPerRun(100, func() { s.StatsInto(&st) })
	assert.Zero(t, allocs)
	s.RunUntil(40 * time.Second)
	s.StatsInto(&st)
	assert.Equal(t, s.Stats(), st, "filled afresh, not added to")
}

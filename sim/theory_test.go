package sim

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLongRunsAgreeWithExactTheory(t *testing.T) {
	tests := []struct {
		name                  string
		bakers, eaters, plate int
		bakeMean, eatMean     time.Duration
	}{
		{"balanced", 2, 2, 4, time.Second, time.Second},
		{"unbuffered", 2, 2, 0, time.Second, time.Second},
		{"unbuffered, more bakers", 3, 1, 0, time.Second, 400 * time.Millisecond},
		{"more eaters", 1, 3, 2, 300 * time.Millisecond, time.Second},
		{"slow eaters, big plate", 4, 2, 10, time.Second, 1500 * time.Millisecond},
		{"crowd", 12, 10, 12, 2 * time.Second, 1500 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := Scenario{Bakers: tt.bakers, Eaters: tt.eaters, Plate: tt.plate, Bake: expo(tt.bakeMean), Eat: expo(tt.eatMean), Seed: 3}
			want, err := Exact(sc)
			require.NoError(t, err)
			s, err := New(sc)
			require.NoError(t, err)
			defer s.Close()
			// Long enough for about 200,000 loaves.
			s.RunUntil(time.Duration(200_000/want.Throughput) * time.Second)
			got := s.Stats()
			assert.InEpsilon(t, want.Throughput, got.Throughput, 0.02, "throughput")
			assert.InDelta(t, want.BakerBlockedFrac, got.BakerBlockedFrac, 0.02, "baker blocked fraction")
			assert.InDelta(t, want.EaterStarvedFrac, got.EaterStarvedFrac, 0.02, "eater starved fraction")
			assert.InDelta(t, want.MeanOnPlate, got.MeanOnPlate, 0.02*max(1, want.MeanOnPlate), "mean on plate")
		})
	}
}

func TestLittlesLaw(t *testing.T) {
	s, err := New(Scenario{Bakers: 3, Eaters: 2, Plate: 8, Bake: expo(time.Second), Eat: expo(1300 * time.Millisecond), Seed: 5})
	require.NoError(t, err)
	defer s.Close()
	s.RunUntil(50_000 * time.Second)
	st := s.Stats()
	require.Greater(t, st.MeanOnPlate, 1.0, "a run where loaves do wait")
	// L = λW, with λ the rate at which loaves pass through the plate.
	lambda := float64(s.plate.received) / st.Time.Seconds()
	assert.InEpsilon(t, st.MeanOnPlate, lambda*st.MeanWait, 0.01)
}

func TestExactNeedsExponentialTimes(t *testing.T) {
	_, err := Exact(MustPreset("seed"))
	assert.True(t, errors.Is(err, ErrNotExponential))
	sum := func(name string) Summary {
		s, err := New(MustPreset(name))
		require.NoError(t, err)
		defer s.Close()
		return s.Summary(true)
	}
	assert.Nil(t, sum("seed").Theory)
	assert.Contains(t, sum("seed").NoTheory, "exponential")
	assert.NotNil(t, sum("crowd").Theory)
}

func TestExactSmallCases(t *testing.T) {
	// One baker, one eater, no plate, equal rates: n is 0, 1 or 2 with equal weight, so the eater is busy 2/3
	// of the time and the baker blocked 1/3.
	th, err := Exact(Scenario{Bakers: 1, Eaters: 1, Plate: 0, Bake: expo(time.Second), Eat: expo(time.Second)})
	require.NoError(t, err)
	assert.InDelta(t, 2.0/3, th.Throughput, 1e-12)
	assert.InDelta(t, 1.0/3, th.BakerBlockedFrac, 1e-12)
	assert.InDelta(t, 1.0/3, th.EaterStarvedFrac, 1e-12)
	assert.Zero(t, th.MeanOnPlate)
	// Thousands of actors do not overflow.
	th, err = Exact(Scenario{Bakers: 5000, Eaters: 5000, Plate: 1000, Bake: expo(time.Second), Eat: expo(900 * time.Millisecond)})
	require.NoError(t, err)
	assert.InDelta(t, 5000, th.Throughput, 50)
}

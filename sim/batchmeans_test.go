package sim_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/sim"
)

func TestBatchMeansBatches(t *testing.T) {
	// Batches double in size each time 32 are full and one more completes, so 16..32 remain.
	tests := []struct {
		observations int
		batches      int
	}{
		{0, 0}, {1, 1}, {31, 31}, {32, 32}, {33, 16}, {64, 32}, {65, 32}, {66, 16}, {1000, 31}, {1056, 16},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.observations, " observations"), func(t *testing.T) {
			var b sim.BatchMeans
			for range tt.observations {
				b.Add(1, 1)
			}
			e, _ := b.Estimate()
			assert.Equal(t, tt.batches, e.Batches)
			assert.Equal(t, int64(tt.observations), b.Count())
		})
	}
}

func TestBatchMeansKnownValues(t *testing.T) {
	tests := []struct {
		name            string
		sums, weights   []float64
		mean, halfWidth float64
		ok              bool
		totals          bool // feed running totals through AddTotals, starting from a baseline
	}{
		// 1, 2, 3, 4: sample sd √(5/3), standard error √(5/3)/2, t quantile for 3 degrees of freedom 3.182446305.
		{name: "plain numbers", sums: []float64{1, 2, 3, 4}, weights: []float64{1, 1, 1, 1},
			mean: 2.5, halfWidth: 3.182446305 * math.Sqrt(5.0/3) / 2, ok: true},
		{name: "rates over equal intervals", sums: []float64{2, 4, 6, 8}, weights: []float64{2, 2, 2, 2},
			mean: 2.5, halfWidth: 3.182446305 * math.Sqrt(5.0/3) / 2, ok: true},
		// Ratio 2/4; residuals (1 − ½·1)/2 and (1 − ½·3)/2 are ±¼, so the standard error is √(⅛/2) = ¼.
		{name: "unequal weights", sums: []float64{1, 1}, weights: []float64{1, 3},
			mean: 0.5, halfWidth: 12.706204736 * 0.25, ok: true},
		{name: "running totals", sums: []float64{10, 11, 13, 16, 20}, weights: []float64{7, 8, 9, 10, 11},
			totals: true, mean: 2.5, halfWidth: 3.182446305 * math.Sqrt(5.0/3) / 2, ok: true},
		{name: "one batch is no interval", sums: []float64{3}, weights: []float64{1}, mean: 3},
		{name: "no weight is no interval", sums: []float64{0, 0}, weights: []float64{0, 0}, mean: math.NaN()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b sim.BatchMeans
			for i := range tt.sums {
				if tt.totals {
					b.AddTotals(tt.sums[i], tt.weights[i])
				} else {
					b.Add(tt.sums[i], tt.weights[i])
				}
			}
			e, ok := b.Estimate()
			require.Equal(t, tt.ok, ok)
			if math.IsNaN(tt.mean) {
				assert.True(t, math.IsNaN(e.Mean))
				return
			}
			assert.InDelta(t, tt.mean, e.Mean, 1e-12)
			assert.InDelta(t, tt.halfWidth, e.HalfWidth, 1e-9)
		})
	}
}

func TestBatchMeansAllocatesNothing(t *testing.T) {
	var b sim.BatchMeans
	x := 0.0
	allocs := testing.AllocsPerRun(10_000, func() {
		x++
		b.AddTotals(x, x)
	})
	assert.Zero(t, allocs)
}

// On independent data the interval covers the true mean about 95% of the time; on correlated data too once
// batches are long compared with the correlation.
func TestBatchMeansCoverage(t *testing.T) {
	tests := []struct {
		name         string
		runs, length int
		mean         float64
		next         func(r *rand.Rand, prev float64) float64
	}{
		{"normal", 2000, 1000, 0, func(r *rand.Rand, _ float64) float64 { return r.NormFloat64() }},
		{"exponential", 2000, 1000, 1, func(r *rand.Rand, _ float64) float64 { return r.ExpFloat64() }},
		// AR(1) with φ = 0.8: neighbours correlate strongly, but 32 batches of 512 are nearly independent.
		{"AR(1), phi 0.8", 500, 16384, 0, func(r *rand.Rand, prev float64) float64 { return 0.8*prev + r.NormFloat64() }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			covered := 0
			for run := range tt.runs {
				r := rand.New(rand.NewPCG(7, uint64(run)))
				var b sim.BatchMeans
				x := tt.next(r, 0)
				for range tt.length {
					b.Add(x, 1)
					x = tt.next(r, x)
				}
				e, ok := b.Estimate()
				require.True(t, ok)
				if math.Abs(e.Mean-tt.mean) <= e.HalfWidth {
					covered++
				}
			}
			t.Logf("covered %d of %d", covered, tt.runs)
			// The standard error of the coverage is about √(0.95·0.05/runs): 0.5 points for 2,000 runs.
			assert.InDelta(t, 0.95, float64(covered)/float64(tt.runs), 0.025)
		})
	}
}

// On a long exponential run the interval for throughput covers the exact value and narrows as 1/√time.
func TestBatchMeansOnALongRun(t *testing.T) {
	sc := sim.MustPreset("balanced")
	want, err := sim.Exact(sc)
	require.NoError(t, err)
	s, err := sim.New(sc)
	require.NoError(t, err)
	defer s.Close()

	s.RunUntil(100 * time.Second) // warm-up
	var eaten, plate sim.BatchMeans
	sample := func() {
		st := s.Stats()
		secs := st.Time.Seconds()
		eaten.AddTotals(float64(st.Eaten), secs)
		plate.AddTotals(st.MeanOnPlate*secs, secs)
	}
	sample()
	last := math.Inf(1)
	for _, until := range []time.Duration{1_000 * time.Second, 10_000 * time.Second, 100_000 * time.Second} {
		for s.Now() < until {
			s.Advance(time.Second)
			sample()
		}
		e, ok := eaten.Estimate()
		require.True(t, ok)
		t.Logf("%v: throughput %+v, exact %.4f", until, e, want.Throughput)
		assert.InDelta(t, want.Throughput, e.Mean, e.HalfWidth, "throughput at %v: %+v", until, e)
		assert.Less(t, e.HalfWidth, last/2, "narrower by about √10 at %v", until)
		last = e.HalfWidth
		p, _ := plate.Estimate()
		assert.InDelta(t, want.MeanOnPlate, p.Mean, p.HalfWidth, "mean on plate at %v: %+v", until, p)
	}
}

// The table of t quantiles agrees with the density: ∫₀^q f = 0.475 for each number of degrees of freedom.
func TestBatchMeansTQuantiles(t *testing.T) {
	quantiles := []float64{ // the same values as the table, written out again
		12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252, 2.306004135,
		2.262157163, 2.228138852, 2.200985160, 2.178812830, 2.160368656, 2.144786688, 2.131449546, 2.119905299,
		2.109815578, 2.100922040, 2.093024054, 2.085963447, 2.079613845, 2.073873068, 2.068657610, 2.063898562,
		2.059538553, 2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456, 2.039513446,
	}
	for i, q := range quantiles {
		nu := float64(i + 1)
		t.Run(fmt.Sprint(nu, " degrees of freedom"), func(t *testing.T) {
			lg1, _ := math.Lgamma((nu + 1) / 2)
			lg2, _ := math.Lgamma(nu / 2)
			c := math.Exp(lg1-lg2) / math.Sqrt(nu*math.Pi)
			f := func(x float64) float64 { return c * math.Pow(1+x*x/nu, -(nu+1)/2) }
			const n = 20_000 // Simpson's rule
			h := q / n
			sum := f(0) + f(q)
			for j := 1; j < n; j++ {
				sum += float64(2+2*(j%2)) * f(float64(j)*h)
			}
			assert.InDelta(t, 0.475, sum*h/3, 1e-9)
		})
	}
	// The estimator uses the table: two batches, 0 and 1, give 0.5 ± q₁·½.
	var b sim.BatchMeans
	b.Add(0, 1)
	b.Add(1, 1)
	e, ok := b.Estimate()
	require.True(t, ok)
	assert.InDelta(t, quantiles[0]*0.5, e.HalfWidth, 1e-12)
}

// A session samples running totals once a second of simulated time; the interval narrows as the run goes on.
func ExampleBatchMeans() {
	sc := sim.MustPreset("balanced")
	exact, _ := sim.Exact(sc)
	s, _ := sim.New(sc)
	defer s.Close()
	s.RunUntil(100 * time.Second) // a warm-up, discarded: the first AddTotals only records where totals start
	var throughput sim.BatchMeans
	for _, until := range []time.Duration{1000 * time.Second, 10_000 * time.Second} {
		for s.Now() < until+100*time.Second {
			st := s.Stats()
			throughput.AddTotals(float64(st.Eaten), st.Time.Seconds())
			s.Advance(time.Second)
		}
		e, _ := throughput.Estimate()
		fmt.Printf("after %5.0f s: %.3f ± %.3f loaves/s (%d batches)\n", until.Seconds(), e.Mean, e.HalfWidth, e.Batches)
	}
	fmt.Printf("exact: %.3f loaves/s\n", exact.Throughput)
	// Output:
	// after  1000 s: 1.699 ± 0.057 loaves/s (31 batches)
	// after 10000 s: 1.754 ± 0.022 loaves/s (19 batches)
	// exact: 1.750 loaves/s
}

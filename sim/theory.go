package sim

import (
	"errors"
	"fmt"
	"math"
)

// Theory is the old name of [Figures], kept while the command line moves over.
type Theory = Figures

// Figures are a run's long-run figures, with the same names whether measured ([Stats], [Summary]) or exact
// ([Exact]), so that the two sides can be set beside each other field by field.
type Figures struct {
	// Throughput is loaves eaten per second (λ in Little's law).
	Throughput float64 `json:"throughput_per_s"`
	// MeanOnPlate is the time-average number of loaves on the plate (L in Little's law).
	MeanOnPlate float64 `json:"mean_on_plate"`
	// MeanWait is the mean time in seconds a loaf spent on the plate (W in Little's law); a loaf handed straight
	// to an eater waited 0.
	MeanWait float64 `json:"mean_wait_s"`
	// BakerBusyFrac and BakerBlockedFrac are the fractions of bakers' time spent baking and waiting to put.
	BakerBusyFrac    float64 `json:"baker_busy_frac"`
	BakerBlockedFrac float64 `json:"baker_blocked_frac"`
	// EaterBusyFrac and EaterStarvedFrac are the fractions of eaters' time spent eating and waiting for loaves.
	EaterBusyFrac    float64 `json:"eater_busy_frac"`
	EaterStarvedFrac float64 `json:"eater_starved_frac"`
}

// ErrNotExponential is returned by [Exact] for scenarios it has no exact answer for.
var ErrNotExponential = errors.New("sim: no exact answer: the exact figures need exponential (exp:) bake and eat times and no batch")

// Exact solves the scenario's long-run behaviour exactly. With B bakers baking at rate λ = 1/mean bake time,
// E eaters eating at rate μ = 1/mean eat time and capacity K, the number n of loaves baked and not yet eaten
// (on the plate, in eaters' hands, held by waiting bakers) is a birth–death chain on 0..B+E+K with birth rate
// λ·(B − max(0, n−E−K)) and death rate μ·min(n, E). It holds only for exponential times and endless runs
// (batch 0); for any other valid scenario it returns [ErrNotExponential].
func Exact(sc Scenario) (Figures, error) {
	if err := sc.Check(DefaultLimits); err != nil {
		return Figures{}, fmt.Errorf("sim: %w", err)
	}
	if sc.Bake.Kind != Exponential || sc.Eat.Kind != Exponential || sc.Batch != 0 {
		return Figures{}, ErrNotExponential
	}
	B, E, K := sc.Bakers, sc.Eaters, sc.Plate
	lambda, mu := 1/sc.Bake.A.Seconds(), 1/sc.Eat.A.Seconds()
	var t Figures
	switch {
	case B == 0 && E == 0:
		return t, nil
	case B == 0: // nothing is ever baked: eaters starve
		t.EaterStarvedFrac = 1
		return t, nil
	case E == 0: // the plate fills and every baker stands waiting
		t.MeanOnPlate = float64(K)
		t.BakerBlockedFrac = 1
		t.MeanWait = math.Inf(1)
		return t, nil
	}
	N := B + E + K
	birth := func(n int) float64 { return lambda * float64(B-max(0, n-E-K)) }
	death := func(n int) float64 { return mu * float64(min(n, E)) }
	// Work in logarithms: for thousands of actors the unnormalised weights overflow a float64.
	logw := make([]float64, N+1)
	top := 0.0
	for n := 1; n <= N; n++ {
		logw[n] = logw[n-1] + math.Log(birth(n-1)) - math.Log(death(n))
		top = max(top, logw[n])
	}
	var total, eating, onPlate, blocked float64
	for n := 0; n <= N; n++ {
		p := math.Exp(logw[n] - top)
		total += p
		eating += p * float64(min(n, E))
		onPlate += p * float64(min(max(n-E, 0), K))
		blocked += p * float64(max(0, n-E-K))
	}
	eating, onPlate, blocked = eating/total, onPlate/total, blocked/total
	t.Throughput = mu * eating
	t.MeanOnPlate = onPlate
	t.MeanWait = onPlate / t.Throughput
	t.BakerBlockedFrac = blocked / float64(B)
	t.BakerBusyFrac = 1 - t.BakerBlockedFrac
	t.EaterBusyFrac = eating / float64(E)
	t.EaterStarvedFrac = 1 - t.EaterBusyFrac
	return t, nil
}

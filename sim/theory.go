package sim

import (
	"errors"
	"fmt"
	"math"
)

// Theory holds the exact long-run figures of a scenario whose bake and eat times are exponential.
type Theory struct {
	Throughput       float64 `json:"throughput_per_s"`
	MeanOnPlate      float64 `json:"mean_on_plate"`
	MeanWait         float64 `json:"mean_wait_s"`
	BakerBusyFrac    float64 `json:"baker_busy_frac"`
	BakerBlockedFrac float64 `json:"baker_blocked_frac"`
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
func Exact(sc Scenario) (Theory, error) {
	if err := sc.Check(DefaultLimits); err != nil {
		return Theory{}, fmt.Errorf("sim: %w", err)
	}
	if sc.Bake.Kind != Exponential || sc.Eat.Kind != Exponential || sc.Batch != 0 {
		return Theory{}, ErrNotExponential
	}
	B, E, K := sc.Bakers, sc.Eaters, sc.Plate
	lambda, mu := 1/sc.Bake.A.Seconds(), 1/sc.Eat.A.Seconds()
	var t Theory
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

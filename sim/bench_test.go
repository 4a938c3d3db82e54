package sim

import (
	"sync"
	"testing"
	"time"
)

// benchScenario has bakers and eaters at the same mean pace with random times, so the plate fills and empties.
func benchScenario(bakers, eaters, plate int) Scenario {
	return Scenario{Bakers: bakers, Eaters: eaters, Plate: plate, Bake: expo(time.Second), Eat: expo(time.Second), Seed: 1}
}

// benchKernel runs the kernel until b.N loaves are eaten and reports loaves/s of real time.
func benchKernel(b *testing.B, sc Scenario) {
	s, err := New(sc)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	// Each second of virtual time eats about min(bakers, eaters) loaves.
	chunk := time.Duration(max(1, 1000/max(1, min(sc.Bakers, sc.Eaters)))) * time.Second / 10
	for s.eaten < int64(b.N) {
		s.Advance(chunk)
	}
	b.ReportMetric(float64(s.eaten)/time.Since(start).Seconds(), "loaves/s")
}

func BenchmarkKernel2x2(b *testing.B)       { benchKernel(b, benchScenario(2, 2, 6)) }
func BenchmarkKernel1000x1000(b *testing.B) { benchKernel(b, benchScenario(1000, 1000, 6)) }

// BenchmarkRawChannel is the same shape with plain goroutines on a buffered channel and no clock at all:
// a ceiling for what hand-offs cost, with none of the kernel's determinism.
func BenchmarkRawChannel2x2(b *testing.B) {
	plate := make(chan int, 6)
	var bakers, eaters sync.WaitGroup
	per := b.N / 2
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := range 2 {
		n := per
		if i == 0 {
			n = b.N - per
		}
		bakers.Go(func() {
			for j := range n {
				plate <- j
			}
		})
	}
	for range 2 {
		eaters.Go(func() {
			for range plate {
			}
		})
	}
	bakers.Wait()
	close(plate)
	eaters.Wait()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "loaves/s")
}

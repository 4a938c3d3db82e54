package sweep

import (
	"slices"
	"testing"
	"time"

	"github.com/gobakery/bakery/sim"
)

var screen = sim.Limits{MaxActors: 64, MaxPlate: 1000}

// BenchmarkSlice runs one 4 ms slice of a plate sweep with 64 bakers and 64 eaters per op, on the wall clock,
// and reports by how much slices overran their budget: the median, the 99th percentile and the worst. On a busy
// machine the tail is the operating system's doing (a preempted thread), not the sweep's.
func BenchmarkSlice(b *testing.B) {
	for _, bench := range []struct {
		name string
		d    sim.Dist
	}{
		{"64x64/exp", sim.Dist{Kind: sim.Exponential, A: time.Second}},
		{"64x64/fixed", sim.Dist{Kind: sim.Fixed, A: time.Second}}, // every actor wakes at the same instant
	} {
		b.Run(bench.name, func(b *testing.B) {
			base := sim.Scenario{Bakers: 64, Eaters: 64, Plate: 4, Bake: bench.d, Eat: bench.d, Seed: 1}
			var s *Sweep
			var over []time.Duration
			for b.Loop() {
				if s == nil || s.Done() {
					b.StopTimer()
					var err error
					if s, err = New(base, Plate, 0, 20, screen, Options{}); err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
				}
				start := time.Now()
				s.Work(Slice)
				over = append(over, max(time.Since(start)-Slice, 0))
			}
			s.Close()
			slices.Sort(over)
			at := func(q float64) float64 { return float64(over[int(q*float64(len(over)-1))].Nanoseconds()) / 1e3 }
			b.ReportMetric(at(0.5), "µs-over-p50")
			b.ReportMetric(at(0.99), "µs-over-p99")
			b.ReportMetric(at(1), "µs-over-max")
		})
	}
}

// BenchmarkPlateSweep runs the default plate sweep (0..20, default options) of the balanced preset per op, in
// 4 ms slices as a frame would: ns/op is its total CPU time, frames/op how many 4 ms slices it took, and
// s-at-20fps how long it takes in a page that gives it one slice a frame at 20 frames a second.
func BenchmarkPlateSweep(b *testing.B) {
	base := sim.MustPreset("balanced")
	from, to := Plate.DefaultRange()
	frames, loaves := 0, 0.0
	for b.Loop() {
		s, err := New(base, Plate, from, to, screen, Options{})
		if err != nil {
			b.Fatal(err)
		}
		for !s.Work(Slice) {
			frames++
		}
		frames++
		for _, p := range s.Points() { // about: the warm-up eats at much the same rate
			sc := base
			sc.Plate = p.X
			loaves += p.Throughput * horizon(sc, DefaultLoaves).Seconds()
		}
	}
	b.ReportMetric(float64(frames)/float64(b.N), "frames/op")
	b.ReportMetric(float64(frames)/float64(b.N)/20, "s-at-20fps")
	b.ReportMetric(loaves/float64(b.N), "loaves/op")
	b.ReportMetric(loaves/b.Elapsed().Seconds(), "loaves/s")
}

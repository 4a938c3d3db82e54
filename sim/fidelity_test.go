package sim

import (
	"math/rand/v2"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// outcome is what must agree between the kernel and real goroutines.
type outcome struct {
	Eaten   int64
	End     time.Duration
	Blocked time.Duration // summed over bakers
}

func kernelOutcome(t *testing.T, sc Scenario) outcome {
	s, err := New(sc)
	require.NoError(t, err)
	defer s.Close()
	s.RunUntil(time.Hour)
	require.True(t, s.Finished())
	var blocked time.Duration
	for _, a := range s.actors {
		if a.role == BakerRole {
			_, w, _ := a.totals(s.now)
			blocked += w
		}
	}
	return outcome{s.Stats().Eaten, s.Now(), blocked}
}

// realOutcome runs sc the way the original article does, with real goroutines, a real buffered channel and
// time.Sleep, on synctest's fake clock: bakers make their batch; main waits for the bakers, then for every loaf
// to be eaten (asyncio's queue.join()), then cancels the eaters. Each actor draws its times from the same random
// stream as in the kernel, and eaters come to the plate one after another, as the kernel starts them, so that
// the channel's queue of waiting receivers has the same order.
func realOutcome(t *testing.T, sc Scenario) outcome {
	var out outcome
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		plate := make(chan Loaf, sc.Plate)
		cancel := make(chan struct{})
		var mu sync.Mutex
		var bakers, joined, eaters sync.WaitGroup
		joined.Add(sc.Bakers * sc.Batch)
		for i := range sc.Bakers {
			rng := rand.New(rand.NewPCG(sc.Seed, streamID(BakerRole, i)))
			bakers.Go(func() {
				for n := 1; n <= sc.Batch; n++ {
					time.Sleep(sc.Bake.draw(rng))
					put := time.Now()
					plate <- Loaf{N: int32(n)}
					mu.Lock()
					out.Blocked += time.Since(put)
					mu.Unlock()
				}
			})
		}
		for i := range sc.Eaters {
			rng := rand.New(rand.NewPCG(sc.Seed, streamID(EaterRole, i)))
			eaters.Go(func() {
				for {
					select {
					case <-plate:
						time.Sleep(sc.Eat.draw(rng))
						mu.Lock()
						out.Eaten++
						mu.Unlock()
						joined.Done()
					case <-cancel:
						return
					}
				}
			})
			synctest.Wait() // this eater now waits at the plate
		}
		bakers.Wait()
		joined.Wait()
		out.End = time.Since(start)
		close(cancel)
		eaters.Wait()
	})
	return out
}

func TestKernelMatchesRealGoroutines(t *testing.T) {
	sc := func(bakers, eaters, plate int, bake, eat Dist) Scenario {
		return Scenario{Bakers: bakers, Eaters: eaters, Plate: plate, Bake: bake, Eat: eat, Batch: 8, Seed: 7}
	}
	ms := func(n int) Dist { return fixed(time.Duration(n) * time.Millisecond) }
	tests := []struct {
		name string
		sc   Scenario
	}{
		{"seed preset", MustPreset("seed")},
		{"unbuffered, more bakers", sc(3, 1, 0, ms(500), ms(700))},
		{"capacity 1, more bakers", sc(3, 1, 1, ms(500), ms(700))},
		{"capacity 4, more eaters", sc(1, 3, 4, ms(300), ms(1000))},
		{"unbuffered, more eaters", sc(2, 5, 0, ms(400), ms(900))},
		{"capacity 3, random times", sc(4, 2, 3, expo(time.Second), expo(1500*time.Millisecond))},
		{"unbuffered, random times", sc(2, 3, 0, Dist{Kind: Uniform, A: 200 * time.Millisecond, B: 900 * time.Millisecond}, expo(time.Second))},
		{"capacity 10, random times, more eaters", sc(3, 6, 10, expo(500*time.Millisecond), expo(2*time.Second))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := realOutcome(t, tt.sc)
			require.Equal(t, int64(tt.sc.Bakers*tt.sc.Batch), want.Eaten)
			assert.Equal(t, want, kernelOutcome(t, tt.sc))
		})
	}
}

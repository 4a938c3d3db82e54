package sim_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/sim"
)

// TestStreamGivesTheKernelsTimes reads every bake and meal off a run's event log and checks that each actor's
// times are the draws of its Stream, in order.
func TestStreamGivesTheKernelsTimes(t *testing.T) {
	ms := func(n int) time.Duration { return time.Duration(n) * time.Millisecond }
	tests := []struct {
		name      string
		sc        sim.Scenario
		joinAt    time.Duration // if not 0, one more baker and one more eater join then
		wantTimes int           // at least this many times checked, so the test cannot pass by checking none
	}{
		{"fixed times draw nothing", sim.MustPreset("seed"), 0, 24},
		{"exponential, a full plate", sim.Scenario{Bakers: 3, Eaters: 2, Plate: 2, Batch: 6, Seed: 7,
			Bake: sim.Dist{Kind: sim.Exponential, A: ms(300)}, Eat: sim.Dist{Kind: sim.Exponential, A: ms(900)}}, 0, 36},
		{"uniform, unbuffered", sim.Scenario{Bakers: 2, Eaters: 3, Plate: 0, Batch: 5, Seed: 42,
			Bake: sim.Dist{Kind: sim.Uniform, A: ms(200), B: ms(900)}, Eat: sim.Dist{Kind: sim.Uniform, A: ms(500), B: ms(1500)}}, 0, 20},
		{"actors joining live", sim.Scenario{Bakers: 1, Eaters: 1, Plate: 3, Batch: 0, Seed: 3,
			Bake: sim.Dist{Kind: sim.Exponential, A: ms(400)}, Eat: sim.Dist{Kind: sim.Exponential, A: ms(500)}}, 2 * time.Second, 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := sim.New(tt.sc)
			require.NoError(t, err)
			defer s.Close()
			times, started := map[sim.ActorID][]time.Duration{}, map[sim.ActorID]time.Duration{}
			end := func(id sim.ActorID, at time.Duration) { times[id] = append(times[id], at-started[id]) }
			s.OnEvent(func(e sim.Event) {
				switch e.Kind {
				case sim.Joined, sim.Put, sim.Taken: // a bake or a meal starts
					started[e.Actor] = e.Time
				case sim.Handed:
					started[e.Actor], started[e.Peer] = e.Time, e.Time
				case sim.Baked, sim.Eaten:
					end(e.Actor, e.Time)
				}
			})
			if tt.joinAt > 0 {
				s.RunUntil(tt.joinAt)
				require.NoError(t, s.SetBakers(tt.sc.Bakers+1))
				require.NoError(t, s.SetEaters(tt.sc.Eaters+1))
			}
			s.RunUntil(tt.joinAt + 10*time.Second)
			var snap sim.Snapshot
			s.Snapshot(&snap)
			checked := 0
			for _, role := range []struct {
				role   sim.Role
				actors []sim.ActorView
				dist   sim.Dist
			}{{sim.BakerRole, snap.Bakers, tt.sc.Bake}, {sim.EaterRole, snap.Eaters, tt.sc.Eat}} {
				for i, a := range role.actors {
					r := sim.Stream(tt.sc.Seed, role.role, i)
					for k, got := range times[a.ID] {
						assert.Equal(t, role.dist.Draw(r), got, "%s's time %d", a.Name, k+1)
						checked++
					}
				}
			}
			assert.GreaterOrEqual(t, checked, tt.wantTimes)
		})
	}
}

func TestStreamsDiffer(t *testing.T) {
	d := sim.Dist{Kind: sim.Exponential, A: time.Second}
	first := func(seed uint64, role sim.Role, i int) time.Duration { return d.Draw(sim.Stream(seed, role, i)) }
	assert.Equal(t, first(1, sim.BakerRole, 0), first(1, sim.BakerRole, 0), "the same stream twice")
	assert.NotEqual(t, first(1, sim.BakerRole, 0), first(1, sim.BakerRole, 1), "neighbouring bakers")
	assert.NotEqual(t, first(1, sim.BakerRole, 0), first(1, sim.EaterRole, 0), "a baker and an eater")
	assert.NotEqual(t, first(1, sim.BakerRole, 0), first(2, sim.BakerRole, 0), "another seed")
}

// Code outside the kernel can take the very times a baker of the kernel takes.
func ExampleStream() {
	sc := sim.Scenario{Bakers: 1, Eaters: 1, Plate: 10, Batch: 3, Seed: 7,
		Bake: sim.Dist{Kind: sim.Uniform, A: 200 * time.Millisecond, B: 900 * time.Millisecond},
		Eat:  sim.Dist{Kind: sim.Fixed, A: time.Second}}
	r := sim.Stream(sc.Seed, sim.BakerRole, 0)
	var at time.Duration
	for range sc.Batch {
		at += sc.Bake.Draw(r)
		fmt.Println("expect a loaf at", at)
	}

	s, _ := sim.New(sc)
	defer s.Close()
	s.OnEvent(func(e sim.Event) {
		if e.Kind == sim.Baked {
			fmt.Println("baked a loaf at", e.Time)
		}
	})
	s.RunUntil(time.Minute)
	// Output:
	// expect a loaf at 706.819022ms
	// expect a loaf at 1.256228986s
	// expect a loaf at 1.897512096s
	// baked a loaf at 706.819022ms
	// baked a loaf at 1.256228986s
	// baked a loaf at 1.897512096s
}

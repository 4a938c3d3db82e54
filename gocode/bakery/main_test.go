package main

import (
	"fmt"
	"log"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/sim"
)

// outcome is what must agree between the program and the kernel, as in sim's TestKernelMatchesRealGoroutines.
type outcome struct {
	Eaten   int64
	End     time.Duration
	Blocked time.Duration // summed over bakers
}

// line is one line of the story, "John makes loaf 1", and when it was told.
type line struct {
	At   time.Duration
	Text string
}

// story collects what the program logs, each line stamped with the time on the bubble's clock since start.
type story struct {
	mu    sync.Mutex
	start time.Time
	lines []line
}

func (s *story) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lines = append(s.lines, line{time.Since(s.start), strings.TrimSuffix(string(p), "\n")})
	return len(p), nil
}

// listen sends the log to a new story told from now; the log is as it was after the test.
func listen(t *testing.T) *story {
	s := &story{start: time.Now()}
	out, flags := log.Writer(), log.Flags()
	t.Cleanup(func() { log.SetOutput(out); log.SetFlags(flags) })
	log.SetOutput(s)
	log.SetFlags(0)
	return s
}

// sorted returns the lines in order of time, then of text, since lines told at one instant may come in any order.
func sorted(lines []line) []line {
	return slices.SortedFunc(slices.Values(lines), func(a, b line) int {
		if c := a.At - b.At; c != 0 {
			return int(c)
		}
		return strings.Compare(a.Text, b.Text)
	})
}

// verbs returns the lines with only their verbs, "makes" or "eats".
func verbs(lines []line) []line {
	out := make([]line, len(lines))
	for i, l := range lines {
		_, rest, _ := strings.Cut(l.Text, " ")
		verb, _, _ := strings.Cut(rest, " ")
		out[i] = line{l.At, verb}
	}
	return out
}

// kernel runs sc in the simulation and returns its outcome, its story as the program would tell it, and its
// actors' names.
func kernel(t *testing.T, sc sim.Scenario) (out outcome, lines []line, bakers, eaters []string) {
	s, err := sim.New(sc)
	require.NoError(t, err)
	defer s.Close()
	var snap sim.Snapshot
	s.Snapshot(&snap)
	for _, a := range snap.Bakers {
		bakers = append(bakers, a.Name)
	}
	for _, a := range snap.Eaters {
		eaters = append(eaters, a.Name)
	}
	tell := func(at time.Duration, a ...any) {
		lines = append(lines, line{at, strings.TrimSuffix(fmt.Sprintln(a...), "\n")})
	}
	s.OnEvent(func(e sim.Event) {
		switch e.Kind {
		case sim.Put, sim.Handed: // the baker's send is done
			tell(e.Time, s.Name(e.Actor), "makes loaf", e.Loaf.N)
		case sim.Eaten:
			tell(e.Time, s.Name(e.Actor), "eats", s.Name(e.Loaf.Baker)+"'s loaf", e.Loaf.N)
		}
	})
	s.RunUntil(time.Hour)
	require.True(t, s.Finished())
	st := s.Stats()
	out = outcome{Eaten: st.Eaten, End: s.Now()}
	for _, b := range st.Bakers { // a baker is present from time 0 to the end
		out.Blocked += time.Duration(math.Round(b.Wait * float64(st.Time)))
	}
	return out, lines, bakers, eaters
}

// program runs the program's run for sc under synctest, its actors named as the kernel's, each drawing its times
// from the kernel's stream for it.
//
// Which stream an eater takes needs care. The kernel's eaters all reach the empty plate at time 0, eater 0
// first, and the plate serves waiting eaters first come, first served, so the kernel's eater k is the k-th to
// get its first loaf. run starts its eaters in order too, but Go does not promise which of several new
// goroutines runs first (the last one started often does), so they may queue at the channel in another order.
// A channel serves waiting receivers in order as well, so whichever goroutine gets the k-th first loaf plays the
// kernel's eater k: it draws from eater k's stream, and its lines are told under eater k's name. This keeps
// run free of any hook for tests. With random times no two things happen at one instant, so the order of first
// loaves is that of the queue; with fixed times an eater draws nothing from its stream, and names do not matter
// to what is compared.
func program(t *testing.T, sc sim.Scenario, bakerNames, eaterNames []string) (out outcome, lines []line) {
	synctest.Test(t, func(t *testing.T) {
		story := listen(t)
		bakers := make([]actor, len(bakerNames))
		baking := make([]time.Duration, len(bakers)) // each baker's time at the oven
		for i, name := range bakerNames {
			r := sim.Stream(sc.Seed, sim.BakerRole, i)
			bakers[i] = actor{name, func() time.Duration {
				d := sc.Bake.Draw(r)
				baking[i] += d
				return d
			}}
		}
		var mu sync.Mutex
		seat := map[string]int{} // eaters in the order they got their first loaf
		eaters := make([]actor, len(eaterNames))
		for j, name := range eaterNames {
			var r *rand.Rand
			eaters[j] = actor{name, func() time.Duration {
				if r == nil { // the first loaf
					mu.Lock()
					seat[name] = len(seat)
					r = sim.Stream(sc.Seed, sim.EaterRole, seat[name])
					mu.Unlock()
				}
				return sc.Eat.Draw(r)
			}}
		}
		run(bakers, eaters, sc.Plate, sc.Batch)
		out.End = time.Since(story.start)

		done := map[string]time.Duration{} // when each baker's last send was done
		for _, l := range story.lines {
			name, rest, _ := strings.Cut(l.Text, " ")
			if strings.HasPrefix(rest, "eats ") {
				out.Eaten++
				if k, ok := seat[name]; ok {
					l.Text = eaterNames[k] + " " + rest
				}
			} else {
				done[name] = l.At
			}
			lines = append(lines, l)
		}
		for i, name := range bakerNames {
			out.Blocked += done[name] - baking[i]
		}
	})
	return out, lines
}

func TestProgramMatchesKernel(t *testing.T) {
	// The cases of sim's TestKernelMatchesRealGoroutines.
	sc := func(bakers, eaters, plate int, bake, eat sim.Dist) sim.Scenario {
		return sim.Scenario{Bakers: bakers, Eaters: eaters, Plate: plate, Bake: bake, Eat: eat, Batch: 8, Seed: 7}
	}
	ms := func(n int) sim.Dist { return sim.Dist{Kind: sim.Fixed, A: time.Duration(n) * time.Millisecond} }
	expo := func(d time.Duration) sim.Dist { return sim.Dist{Kind: sim.Exponential, A: d} }
	tests := []struct {
		name string
		sc   sim.Scenario
	}{
		{"seed preset", sim.MustPreset("seed")},
		{"unbuffered, more bakers", sc(3, 1, 0, ms(500), ms(700))},
		{"capacity 1, more bakers", sc(3, 1, 1, ms(500), ms(700))},
		{"capacity 4, more eaters", sc(1, 3, 4, ms(300), ms(1000))},
		{"unbuffered, more eaters", sc(2, 5, 0, ms(400), ms(900))},
		{"capacity 3, random times", sc(4, 2, 3, expo(time.Second), expo(1500*time.Millisecond))},
		{"unbuffered, random times", sc(2, 3, 0, sim.Dist{Kind: sim.Uniform, A: 200 * time.Millisecond, B: 900 * time.Millisecond}, expo(time.Second))},
		{"capacity 10, random times, more eaters", sc(3, 6, 10, expo(500*time.Millisecond), expo(2*time.Second))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, wantStory, bakers, eaters := kernel(t, tt.sc)
			got, gotStory := program(t, tt.sc, bakers, eaters)
			require.Equal(t, int64(tt.sc.Bakers*tt.sc.Batch), got.Eaten)
			assert.Equal(t, want, got)
			assert.Equal(t, sorted(verbs(wantStory)), sorted(verbs(gotStory)), "when loaves are made and eaten")
			if tt.sc.Bake.Random() || tt.sc.Eat.Random() { // with fixed times, who does what at one instant may vary
				assert.Equal(t, sorted(wantStory), sorted(gotStory), "who makes and eats what, when")
			}
		})
	}
}

// TestMainTellsTheArticlesStory runs the program as `go run` does, on synctest's clock: John and Mike make six
// loaves each, Grace and Lucy eat them all, and the story ends at 6.5 s.
func TestMainTellsTheArticlesStory(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		story := listen(t)
		main()
		require.NotEmpty(t, story.lines)
		counts := map[string]int{}
		for _, l := range story.lines[:len(story.lines)-1] {
			_, text, _ := strings.Cut(l.Text, " ") // the time of day main asks the log for
			name, rest, _ := strings.Cut(text, " ")
			verb, _, _ := strings.Cut(rest, " ")
			counts[name+" "+verb]++
		}
		assert.Equal(t, map[string]int{"John makes": 6, "Mike makes": 6, "Grace eats": 6, "Lucy eats": 6}, counts)
		last := story.lines[len(story.lines)-1]
		assert.Equal(t, 6500*time.Millisecond, last.At)
		assert.True(t, strings.HasSuffix(last.Text, " all eaten in 6.5s"), last.Text)
	})
}

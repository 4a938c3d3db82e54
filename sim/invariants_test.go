package sim

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

// checker watches a run's events and its state for the rules that must always hold.
type checker struct {
	s        *Sim
	capacity int
	onPlate  []int64 // loaf IDs in the order they went onto the plate
	problems []string
}

func (c *checker) event(e Event) {
	switch e.Kind {
	case Put:
		c.onPlate = append(c.onPlate, e.Loaf.ID)
		if e.Plate > c.capacity {
			c.fail("%v: put made the plate %d over capacity %d", e.Time, e.Plate, c.capacity)
		}
	case Taken:
		if len(c.onPlate) == 0 || c.onPlate[0] != e.Loaf.ID {
			c.fail("%v: took loaf %d, but the head was %v (first in, first out)", e.Time, e.Loaf.ID, c.onPlate[:min(1, len(c.onPlate))])
		} else {
			c.onPlate = c.onPlate[1:]
		}
	case Handed:
		if len(c.onPlate) != 0 {
			c.fail("%v: a loaf went hand to hand past %d loaves on the plate", e.Time, len(c.onPlate))
		}
	case Resized:
		c.capacity = e.Capacity
	}
	if e.Plate != len(c.onPlate) {
		c.fail("%v: %v says plate %d, the checker counts %d", e.Time, e.Kind, e.Plate, len(c.onPlate))
	}
}

func (c *checker) fail(format string, args ...any) {
	if len(c.problems) < 10 {
		c.problems = append(c.problems, fmt.Sprintf(format, args...))
	}
}

// conservation checks that every loaf baked is eaten, on the plate, or in somebody's hands.
func (c *checker) conservation() {
	var snap Snapshot
	c.s.Snapshot(&snap)
	held := int64(0)
	for _, a := range append(snap.Bakers, snap.Eaters...) {
		if a.HasLoaf {
			held++
		}
	}
	st := snap.Stats
	if st.Baked != st.Eaten+int64(len(snap.Plate))+held {
		c.fail("%v: baked %d != eaten %d + on plate %d + held %d", snap.Time, st.Baked, st.Eaten, len(snap.Plate), held)
	}
}

// randomRun plays a random scenario with random live changes and reports what broke.
func randomRun(seed uint64, steps int) []string {
	r := rand.New(rand.NewPCG(seed, 99))
	dist := func() Dist {
		d := time.Duration(1+r.IntN(2000)) * time.Millisecond
		switch r.IntN(3) {
		case 0:
			return fixed(d)
		case 1:
			return expo(d)
		}
		return Dist{Kind: Uniform, A: d, B: d + time.Duration(r.IntN(1000))*time.Millisecond}
	}
	sc := Scenario{Bakers: r.IntN(6), Eaters: r.IntN(6), Plate: r.IntN(8), Bake: dist(), Eat: dist(), Batch: r.IntN(3) * r.IntN(20), Seed: seed}
	s, err := New(sc)
	if err != nil {
		return []string{err.Error()}
	}
	defer s.Close()
	c := &checker{s: s, capacity: sc.Plate}
	s.OnEvent(c.event)
	for range steps {
		switch r.IntN(12) {
		case 0:
			n := r.IntN(7)
			_ = s.SetBakers(n)
			if got := countStaying(s, BakerRole); !s.Finished() && got != n {
				c.fail("SetBakers(%d) left %d bakers staying", n, got)
			}
		case 1:
			n := r.IntN(7)
			_ = s.SetEaters(n)
			if got := countStaying(s, EaterRole); !s.Finished() && got != n {
				c.fail("SetEaters(%d) left %d eaters staying", n, got)
			}
		case 2:
			_ = s.SetPlate(r.IntN(9))
		case 3:
			_ = s.SetBake(dist())
		case 4:
			_ = s.SetEat(dist())
		case 5:
			s.Step(nil)
		case 6:
			if r.IntN(10) == 0 {
				s.Reset()
				c.onPlate, c.capacity = nil, s.Scenario().Plate
			}
		default:
			s.Advance(time.Duration(r.IntN(3000)) * time.Millisecond)
		}
		c.conservation()
	}
	return c.problems
}

func TestInvariantsUnderRandomLiveChanges(t *testing.T) {
	for seed := range uint64(300) {
		if problems := randomRun(seed, 200); len(problems) > 0 {
			t.Fatalf("seed %d:\n%s", seed, problems)
		}
	}
}

func FuzzInvariants(f *testing.F) {
	for seed := range uint64(8) {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, seed uint64) {
		if problems := randomRun(seed, 100); len(problems) > 0 {
			t.Fatal(problems)
		}
	})
}

func TestNoGoroutineLeftAfterClose(t *testing.T) {
	defer goleak.VerifyNone(t)
	s, err := New(MustPreset("crowd"))
	require.NoError(t, err)
	s.RunUntil(10 * time.Second)
	s.Close()
	s.Close() // twice is harmless
	s.Advance(time.Second)
}

func TestNoGoroutineLeftAfterResets(t *testing.T) {
	defer goleak.VerifyNone(t)
	s, err := New(MustPreset("crowd"))
	require.NoError(t, err)
	for i := range 1000 {
		s.Advance(time.Duration(i%7) * 300 * time.Millisecond)
		s.Reset()
	}
	s.Close()
}

func TestNoGoroutineLeftAfterFinish(t *testing.T) {
	defer goleak.VerifyNone(t)
	s, err := New(MustPreset("seed"))
	require.NoError(t, err)
	s.RunUntil(time.Minute)
	require.True(t, s.Finished())
	s.Close()
}

// countStaying counts the actors of a role that are present and not leaving.
func countStaying(s *Sim, role Role) int {
	var snap Snapshot
	s.Snapshot(&snap)
	n := 0
	for _, a := range append(snap.Bakers, snap.Eaters...) {
		if a.Role == role && !a.Leaving {
			n++
		}
	}
	return n
}

// TestBuiltOnALockedThreadDrivenElsewhere is how Ebitengine uses a Sim: main (its OS thread locked) builds it,
// and Update, on another goroutine, drives it. Coroutines made at New would crash the program here.
func TestBuiltOnALockedThreadDrivenElsewhere(t *testing.T) {
	built := make(chan *Sim)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		s, err := New(MustPreset("crowd"))
		if err != nil {
			panic(err)
		}
		built <- s
	}()
	s := <-built
	defer s.Close()
	s.Advance(10 * time.Second)
	require.Positive(t, s.Stats().Eaten)
}

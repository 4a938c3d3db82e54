package game

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/sim"
)

// newGame makes a game from settings and runs its first Update, as Ebitengine would, on the test's goroutine.
func newGame(t *testing.T, kv ...string) *Game {
	t.Helper()
	cfg, err := ParseConfig(settings(kv...))
	require.NoError(t, err)
	g, err := New(cfg)
	require.NoError(t, err)
	require.NoError(t, g.Update())
	t.Cleanup(func() { g.stop() })
	return g
}

// run calls Update n times.
func run(t *testing.T, g *Game, n int) {
	t.Helper()
	for range n {
		require.NoError(t, g.Update())
	}
}

func TestUpdateAdvancesByTheFramesShare(t *testing.T) {
	g := newGame(t, "speed", "2")
	start := g.State().Time
	run(t, g, 60) // one second of frames at 60 TPS, at 2×
	assert.InDelta(t, start+2, g.State().Time, 1e-6)
}

func TestPauseStepPlay(t *testing.T) {
	g := newGame(t)
	g.Pause()
	run(t, g, 1)
	t0 := g.State().Time
	run(t, g, 30)
	assert.Equal(t, t0, g.State().Time, "paused")
	assert.True(t, g.State().Paused)

	ev := g.State().Events
	g.Step()
	run(t, g, 1)
	assert.Greater(t, g.State().Events, ev, "something happened")
	assert.LessOrEqual(t, g.State().Events, ev+2, "one step: a baked loaf may be handed over at once")
	assert.True(t, g.State().Paused, "stepping pauses")

	g.Play()
	run(t, g, 30)
	assert.Greater(t, g.State().Time, t0)
}

func TestSuspend(t *testing.T) {
	g := newGame(t)
	run(t, g, 10)
	t0 := g.State().Time
	g.Suspend(true)
	run(t, g, 60)
	assert.Equal(t, t0, g.State().Time, "suspended games do not advance")
	g.Suspend(false)
	run(t, g, 6)
	assert.InDelta(t, t0+0.1, g.State().Time, 1e-6, "and resume where they left off")
}

func TestReset(t *testing.T) {
	g := newGame(t)
	run(t, g, 120)
	require.Greater(t, g.State().Baked, int64(0))
	g.Reset()
	run(t, g, 1)
	s := g.State()
	assert.Less(t, s.Time, 0.1)
	assert.Zero(t, s.Eaten)
}

func TestSet(t *testing.T) {
	g := newGame(t)
	err := g.Set(settings("bakers", "5", "speed", "1000", "plate", "9", "theme", "dark", "nope", "1"))
	require.Error(t, err)
	var keys []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var se *sim.SettingError
		require.ErrorAs(t, e, &se)
		keys = append(keys, se.Key)
	}
	assert.Equal(t, []string{"speed", "nope"}, keys)
	run(t, g, 2)
	s := g.State()
	assert.Equal(t, "5", s.Settings["bakers"])
	assert.Equal(t, "9", s.Settings["plate"])
	assert.Equal(t, 1.0, s.Speed, "a bad speed changes nothing")
	assert.Equal(t, "dark", g.theme.Name)
	assert.Len(t, s.Actors, 5+2)

	require.NoError(t, g.Set(settings("eaters", "3", "preset", "rendezvous")), "preset first, then the rest")
	run(t, g, 2)
	s = g.State()
	assert.Equal(t, "0", s.Settings["plate"])
	assert.Equal(t, "3", s.Settings["eaters"])
}

func TestStateJSON(t *testing.T) {
	g := newGame(t)
	run(t, g, 200) // 3.33 s of the seed preset
	b, err := json.Marshal(g.State())
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	for _, k := range []string{"time_s", "baked", "eaten", "on_plate", "capacity", "paused", "speed", "ui", "theme", "reduced_motion", "settings", "plate", "actors", "bakers", "eaters"} {
		assert.Contains(t, m, k)
	}
	assert.Equal(t, "seed", m["settings"].(map[string]any)["preset"])
	plate := m["plate"].([]any)
	assert.Equal(t, m["on_plate"], float64(len(plate)))
	require.NotEmpty(t, plate)
	assert.Regexp(t, `^(John|Mike)#\d+$`, plate[0])
	actors := m["actors"].([]any)
	require.Len(t, actors, 4)
	a := actors[0].(map[string]any)
	for _, k := range []string{"name", "role", "state", "progress", "waited_s"} {
		assert.Contains(t, a, k)
	}
	assert.Equal(t, "John", a["name"])
	assert.Equal(t, "baker", a["role"])
}

func TestOn(t *testing.T) {
	g := newGame(t, "speed", "64")
	seen := map[string]int{}
	var last map[string]any
	g.On(func(ev string, data map[string]any) {
		seen[ev]++
		last = data
	})
	g.On(nil) // ignored
	run(t, g, 60)
	assert.Positive(t, seen["plateEmpty"], "eaters wait at the start")
	assert.Zero(t, seen["plateFull"], "in the seed story the plate fills just as the bakers finish")
	assert.Equal(t, 12, seen["loafEaten"])
	assert.Equal(t, 1, seen["finished"])
	assert.Equal(t, int64(12), last["eaten"])

	g = newGame(t, "preset", "fast-bakers", "speed", "64")
	var full map[string]any
	g.On(func(ev string, data map[string]any) {
		if ev == "plateFull" && full == nil {
			full = data
		}
	})
	run(t, g, 60)
	require.NotNil(t, full, "bakers outpace eaters")
	assert.Contains(t, []any{"John", "Mike", "Ada"}, full["baker"])
	assert.Regexp(t, `^\w+#\d+$`, full["loaf"])
	assert.Equal(t, 5, full["plate"])
}

func TestListenerPanicDoesNotCrash(t *testing.T) {
	g := newGame(t, "speed", "64")
	g.On(func(string, map[string]any) { panic("boom") })
	assert.NotPanics(t, func() { run(t, g, 10) })
	assert.Contains(t, g.note, "boom")
}

// TestConcurrentAPI calls the API from other goroutines while Update runs; run it with -race.
func TestConcurrentAPI(t *testing.T) {
	g := newGame(t, "speed", "8")
	var wg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan error, 8000)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < 2000; n++ {
				select {
				case <-stop:
					return
				default:
				}
				switch (n + i) % 6 {
				case 0:
					if err := g.Set(settings("bakers", "3")); err != nil && !strings.Contains(err.Error(), "too many changes") {
						errs <- err
					}
				case 1:
					g.Play()
				case 2:
					g.Pause()
				case 3:
					_ = g.State()
				case 4:
					g.Suspend(n%2 == 0)
				case 5:
					g.Step()
				}
				time.Sleep(time.Microsecond)
			}
		}()
	}
	for range 300 {
		require.NoError(t, g.Update())
	}
	close(stop)
	wg.Wait()
	close(errs)
	for err := range errs {
		assert.NoError(t, err)
	}
}

func TestActions(t *testing.T) {
	tests := []struct {
		name string
		a    control.Action
		key  string
		want string
	}{
		{"bakers up", control.BakersUp, "bakers", "3"},
		{"bakers down", control.BakersDown, "bakers", "1"},
		{"eaters up", control.EatersUp, "eaters", "3"},
		{"plate up", control.PlateUp, "plate", "7"},
		{"plate down", control.PlateDown, "plate", "5"},
		{"bake longer", control.BakeLonger, "bake", "0.6s"},
		{"bake shorter", control.BakeShorter, "bake", "0.4s"},
		{"eat longer", control.EatLonger, "eat", "1.25s"},
		{"eat shorter", control.EatShorter, "eat", "0.75s"},
		{"random times", control.ToggleRandom, "bake", "exp:0.5s"},
		{"preset", control.Preset5, "plate", "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := newGame(t)
			g.act(tt.a)
			run(t, g, 1)
			assert.Equal(t, tt.want, g.State().Settings[tt.key])
		})
	}
}

func TestSpeedKeys(t *testing.T) {
	g := newGame(t)
	for range 10 {
		g.act(control.SpeedUp)
	}
	assert.Equal(t, MaxSpeed, g.speed)
	for range 10 {
		g.act(control.SpeedDown)
	}
	assert.Equal(t, MinSpeed, g.speed)
}

func TestLimitsHoldOnKeys(t *testing.T) {
	g := newGame(t, "bakers", "64", "plate", "1000")
	g.act(control.BakersUp)
	g.act(control.PlateUp)
	run(t, g, 1)
	s := g.State()
	assert.Equal(t, "64", s.Settings["bakers"])
	assert.Equal(t, "1000", s.Settings["plate"])
	g.act(control.EatersDown)
	g.act(control.EatersDown)
	g.act(control.EatersDown)
	run(t, g, 1)
	assert.Equal(t, "0", g.State().Settings["eaters"])
}

func TestFinishedThenPlayReplays(t *testing.T) {
	g := newGame(t, "speed", "64")
	run(t, g, 60)
	require.True(t, g.State().Finished)
	g.act(control.PlayPause)
	run(t, g, 1)
	assert.False(t, g.State().Finished)
	assert.Less(t, g.State().Time, 2.0)
}

func TestLoavesFollowTheSimulation(t *testing.T) {
	g := newGame(t)
	for range 400 {
		require.NoError(t, g.Update())
		// Every loaf the simulation shows has a sprite, and no sprite outlives its loaf.
		n := len(g.snap.Plate)
		for _, a := range append(append([]sim.ActorView{}, g.snap.Bakers...), g.snap.Eaters...) {
			if a.HasLoaf {
				n++
			}
		}
		require.Len(t, g.loaves.m, n, "at %v", g.snap.Time)
		for i, l := range g.snap.Plate {
			s := g.loaves.m[l.ID]
			require.NotNil(t, s)
			assert.Equal(t, g.lay.Plate.Slots[i].Center, s.to, "loaf %d heads for slot %d", l.ID, i)
		}
	}
}

func TestLoavesFly(t *testing.T) {
	g := newGame(t) // seed at 1×: flights take 15 ticks, half the time between bakes
	var id int64
	var from, to float64
	for range 120 {
		require.NoError(t, g.Update())
		for _, e := range g.events {
			if e.Kind == sim.Put {
				id = e.Loaf.ID
			}
		}
		if id != 0 {
			break
		}
	}
	require.NotZero(t, id, "a loaf was put on the plate")
	s := g.loaves.m[id]
	require.NotNil(t, s)
	assert.Positive(t, s.tw.Dur, "it flies")
	from, to = s.from.X, s.to.X
	assert.Less(t, from, to, "from the baker on the left to the plate")
	p, _ := s.at(s.tw.Start + s.tw.Dur/2)
	assert.Greater(t, p.X, from)
	assert.Less(t, p.X, to)
	end, _ := s.at(s.tw.Start + s.tw.Dur)
	assert.Equal(t, s.to, end, "and lands in its slot")
}

func TestNoFlightsWhenFastOrReduced(t *testing.T) {
	for _, kv := range [][]string{{"speed", "64"}, {"reduced-motion", "true"}} {
		t.Run(kv[0], func(t *testing.T) {
			g := newGame(t, kv...)
			for range 60 {
				require.NoError(t, g.Update())
				for id, s := range g.loaves.m {
					require.Zero(t, s.tw.Dur, "loaf %d flies", id)
				}
			}
		})
	}
}

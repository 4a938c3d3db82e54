package sweep_test

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/gobakery/bakery/game/sweep"
	"github.com/gobakery/bakery/sim"
)

// screen are the game's limits.
var screen = sim.Limits{MaxActors: 64, MaxPlate: 1000}

func expo(d time.Duration) sim.Dist { return sim.Dist{Kind: sim.Exponential, A: d} }

// newSweep makes a sweep the test closes.
func newSweep(t *testing.T, base sim.Scenario, axis sweep.Axis, from, to int, opt sweep.Options) *sweep.Sweep {
	t.Helper()
	s, err := sweep.New(base, axis, from, to, screen, opt)
	require.NoError(t, err)
	t.Cleanup(s.Close)
	return s
}

// finish works s to the end in one call.
func finish(t *testing.T, s *sweep.Sweep) []sweep.Point {
	t.Helper()
	require.True(t, s.Work(time.Hour))
	require.True(t, s.Done())
	return s.Points()
}

func TestPointsAgreeWithExact(t *testing.T) {
	tests := []struct {
		name     string
		base     sim.Scenario
		axis     sweep.Axis
		from, to int
	}{
		{"balanced, plate", sim.MustPreset("balanced"), sweep.Plate, 0, 20},
		{"balanced, eaters", sim.MustPreset("balanced"), sweep.Eaters, 1, 12},
		{"slow eaters, plate", sim.Scenario{Bakers: 3, Eaters: 2, Plate: 2, Bake: expo(time.Second), Eat: expo(1500 * time.Millisecond), Seed: 4},
			sweep.Plate, 0, 10},
		{"a batch is dropped", sim.Scenario{Bakers: 1, Eaters: 1, Batch: 5, Bake: expo(time.Second), Eat: expo(time.Second), Seed: 2},
			sweep.Eaters, 0, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// 20,000 loaves a point: the throughput's standard error is then under 1%.
			s := newSweep(t, tt.base, tt.axis, tt.from, tt.to, sweep.Options{Loaves: 20_000})
			points := finish(t, s)
			require.Len(t, points, tt.to-tt.from+1)
			var worst [3]float64 // relative throughput, blocked, starved
			defer func() {
				t.Logf("worst: throughput %.2f%%, blocked %.3f, starved %.3f", 100*worst[0], worst[1], worst[2])
			}()
			for i, p := range points {
				assert.Equal(t, tt.from+i, p.X)
				require.NotNil(t, p.Exact, "x = %d", p.X)
				curve, ok := s.Curve(float64(p.X))
				require.True(t, ok)
				assert.InDelta(t, p.Exact.Throughput, curve.Throughput, 1e-12, "the curve passes through the exact values")
				// Within 3%: of the throughput, and 3 points of the fractions, which run 0..1.
				if p.Exact.Throughput == 0 {
					assert.Zero(t, p.Throughput, "x = %d", p.X)
				} else {
					assert.InEpsilon(t, curve.Throughput, p.Throughput, 0.03, "throughput at x = %d", p.X)
				}
				assert.InDelta(t, curve.BakerBlockedFrac, p.BakerBlockedFrac, 0.03, "bakers blocked at x = %d", p.X)
				assert.InDelta(t, curve.EaterStarvedFrac, p.EaterStarvedFrac, 0.03, "eaters starved at x = %d", p.X)
				if curve.Throughput > 0 {
					worst[0] = max(worst[0], math.Abs(p.Throughput/curve.Throughput-1))
				}
				worst[1] = max(worst[1], math.Abs(p.BakerBlockedFrac-curve.BakerBlockedFrac))
				worst[2] = max(worst[2], math.Abs(p.EaterStarvedFrac-curve.EaterStarvedFrac))
			}
		})
	}
}

func TestFixedTimesGiveSimulatedPointsOnly(t *testing.T) {
	s := newSweep(t, sim.MustPreset("seed"), sweep.Plate, 0, 3, sweep.Options{Loaves: 500})
	for _, p := range finish(t, s) {
		assert.Nil(t, p.Exact)
		// The batch of 6 is dropped: bakers at twice the eaters' pace keep both eaters busy for good.
		assert.InDelta(t, 2, p.Throughput, 0.01, "x = %d", p.X)
		assert.InDelta(t, 0, p.EaterStarvedFrac, 0.01, "x = %d", p.X)
	}
	_, ok := s.Curve(1)
	assert.False(t, ok)
}

// clock is a fake clock that moves on by tick each time it is read, as if each slice of work took tick.
type clock struct {
	now, tick time.Duration
	reads     int
}

func (c *clock) read() time.Duration {
	c.reads++
	c.now += c.tick
	return c.now
}

func TestWorkKeepsToItsBudgetAndResumes(t *testing.T) {
	c := &clock{tick: 100 * time.Microsecond}
	s := newSweep(t, sim.MustPreset("balanced"), sweep.Plate, 0, 4, sweep.Options{Loaves: 1000, Clock: c.read})
	require.Zero(t, s.Progress())

	tests := []struct {
		name   string
		budget time.Duration
		slices int
	}{
		{"a frame's slice", 4 * time.Millisecond, 40},
		{"less than a slice still moves on", 0, 1},
		{"a budget between ticks is used up", 250 * time.Microsecond, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, reads := s.Progress(), c.reads
			require.False(t, s.Work(tt.budget))
			// One read as Work begins, then one after each slice: it stops at the first that finds the budget spent.
			assert.Equal(t, 1+tt.slices, c.reads-reads, "slices")
			assert.Greater(t, s.Progress(), before)
			assert.Less(t, s.Progress(), 1.0)
		})
	}

	for {
		reads := c.reads
		if s.Work(sweep.Slice) {
			assert.LessOrEqual(t, c.reads-reads, 41, "the last slice")
			break
		}
		assert.Equal(t, 41, c.reads-reads, "a slice of 4 ms is 40 ticks of work")
	}
	assert.Equal(t, 1.0, s.Progress())

	whole := newSweep(t, sim.MustPreset("balanced"), sweep.Plate, 0, 4, sweep.Options{Loaves: 1000})
	assert.Equal(t, finish(t, whole), s.Points(), "working in slices changes nothing")
}

func TestSweepsAreDeterministic(t *testing.T) {
	sweepOf := func(seed uint64) []sweep.Point {
		sc := sim.MustPreset("crowd")
		sc.Seed = seed
		return finish(t, newSweep(t, sc, sweep.Eaters, 1, 12, sweep.Options{Loaves: 1000}))
	}
	first := sweepOf(1)
	assert.Equal(t, first, sweepOf(1), "same seed, same points")
	assert.NotEqual(t, first, sweepOf(2), "another seed, other points")
}

func TestBadInputsAreNamed(t *testing.T) {
	tooMany := sim.MustPreset("balanced")
	tooMany.Bakers = 65
	tests := []struct {
		name                string
		base                sim.Scenario
		axis                sweep.Axis
		from, to            int
		opt                 sweep.Options
		key, value, allowed string
	}{
		{"unknown axis", sim.MustPreset("balanced"), sweep.Axis(7), 0, 20, sweep.Options{},
			"axis", "Axis(7)", "plate or eaters"},
		{"from after to", sim.MustPreset("balanced"), sweep.Plate, 5, 3, sweep.Options{},
			"to", "3", "a whole number 5..105 (no less than from, at most 101 points, plate at most 1000)"},
		{"plate beyond the limit", sim.MustPreset("balanced"), sweep.Plate, 990, 1001, sweep.Options{},
			"to", "1001", "a whole number 990..1000 (no less than from, at most 101 points, plate at most 1000)"},
		{"too many points", sim.MustPreset("balanced"), sweep.Plate, 0, 200, sweep.Options{},
			"to", "200", "a whole number 0..100 (no less than from, at most 101 points, plate at most 1000)"},
		{"eaters beyond the limit", sim.MustPreset("balanced"), sweep.Eaters, 1, 65, sweep.Options{},
			"to", "65", "a whole number 1..64 (no less than from, at most 101 points, eaters at most 64)"},
		{"negative from", sim.MustPreset("balanced"), sweep.Eaters, -1, 12, sweep.Options{},
			"from", "-1", "a whole number 0..64"},
		{"base beyond the limits", tooMany, sweep.Plate, 0, 20, sweep.Options{},
			"bakers", "65", "a whole number 0..64"},
		{"negative loaves", sim.MustPreset("balanced"), sweep.Plate, 0, 20, sweep.Options{Loaves: -1},
			"loaves", "-1", "a whole number 0..10000000 (0: the default 2500)"},
		{"warm-up too long", sim.MustPreset("balanced"), sweep.Plate, 0, 20, sweep.Options{Warmup: 0.95},
			"warmup", "0.95", "a fraction 0..0.9 (0: the default 0.1)"},
		{"warm-up not a number", sim.MustPreset("balanced"), sweep.Plate, 0, 20, sweep.Options{Warmup: math.NaN()},
			"warmup", "NaN", "a fraction 0..0.9 (0: the default 0.1)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := sweep.New(tt.base, tt.axis, tt.from, tt.to, screen, tt.opt)
			require.Error(t, err)
			assert.Nil(t, s)
			var se *sim.SettingError
			require.True(t, errors.As(err, &se), "%v", err)
			assert.Equal(t, sim.SettingError{Key: tt.key, Value: tt.value, Allowed: tt.allowed}, *se)
			assert.Regexp(t, `^sweep: `+tt.key+` "`, err.Error())
		})
	}
}

func TestAxes(t *testing.T) {
	tests := []struct {
		axis     sweep.Axis
		name     string
		from, to int
	}{
		{sweep.Plate, "plate", 0, 20},
		{sweep.Eaters, "eaters", 1, 12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := sweep.ParseAxis(tt.name)
			require.NoError(t, err)
			assert.Equal(t, tt.axis, a)
			assert.Equal(t, tt.name, a.String())
			from, to := a.DefaultRange()
			assert.Equal(t, [2]int{tt.from, tt.to}, [2]int{from, to})
			// A click on the point at 7 loads that setting, down the road every change takes.
			sc := sim.MustPreset("balanced")
			set := a.Setting(7)
			require.NoError(t, sc.Set(set.Key, set.Value, screen))
			assert.Equal(t, sim.Setting{Key: tt.name, Value: "7"}, set)
		})
	}
	var a sweep.Axis
	err := json.Unmarshal([]byte(`"colour"`), &a)
	var se *sim.SettingError
	require.True(t, errors.As(err, &se))
	assert.Equal(t, `axis "colour": want plate or eaters`, se.Error())
}

func TestStateJSON(t *testing.T) {
	tests := []struct {
		name string
		base sim.Scenario
		want string
	}{
		{"exponential times", sim.Scenario{Bakers: 1, Eaters: 1, Bake: expo(time.Second), Eat: expo(time.Second), Seed: 1},
			`{"axis":"eaters","done":true,"points":[` +
				`{"x":0,"throughput_per_s":0,"baker_blocked_frac":1,"eater_starved_frac":0,` +
				`"exact":{"throughput_per_s":0,"baker_blocked_frac":1,"eater_starved_frac":0}}],"stale":false}`},
		{"fixed times", sim.Scenario{Bakers: 1, Eaters: 1, Bake: sim.Dist{A: time.Second}, Eat: sim.Dist{A: time.Second}, Seed: 1},
			`{"axis":"eaters","done":true,"points":[` +
				`{"x":0,"throughput_per_s":0,"baker_blocked_frac":1,"eater_starved_frac":0,"exact":null}],"stale":false}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSweep(t, tt.base, sweep.Eaters, 0, 0, sweep.Options{})
			b, err := json.Marshal(s.State())
			require.NoError(t, err)
			assert.JSONEq(t, `{"axis":"eaters","done":false,"points":[],"stale":false}`, string(b), "before any work")
			finish(t, s)
			b, err = json.Marshal(s.State())
			require.NoError(t, err)
			assert.JSONEq(t, tt.want, string(b))
		})
	}
}

func TestCurve(t *testing.T) {
	s := newSweep(t, sim.MustPreset("balanced"), sweep.Plate, 2, 12, sweep.Options{})
	_, ok := s.Curve(2)
	require.False(t, ok, "not solved before any work")
	require.False(t, s.Work(0))
	prev, ok := s.Curve(2)
	require.True(t, ok, "solved in the first slice")
	for x := 2.05; x <= 12; x += 0.05 {
		f, ok := s.Curve(x)
		require.True(t, ok)
		// A bigger plate: more throughput, fewer blocked bakers and starved eaters, smoothly.
		assert.GreaterOrEqual(t, f.Throughput, prev.Throughput, "x = %v", x)
		assert.LessOrEqual(t, f.BakerBlockedFrac, prev.BakerBlockedFrac, "x = %v", x)
		assert.LessOrEqual(t, f.EaterStarvedFrac, prev.EaterStarvedFrac, "x = %v", x)
		assert.InDelta(t, prev.Throughput, f.Throughput, 0.01, "x = %v", x)
		prev = f
	}
	for _, x := range []float64{1.99, 12.01, math.NaN()} {
		_, ok := s.Curve(x)
		assert.False(t, ok, "x = %v is out of range", x)
	}

	// Solving a big sweep would hold up a frame: it is spread over slices.
	big := sim.Scenario{Bakers: 64, Eaters: 64, Bake: expo(time.Second), Eat: expo(time.Second), Seed: 1}
	s = newSweep(t, big, sweep.Plate, 900, 1000, sweep.Options{})
	slices := 0
	for ok = false; !ok; _, ok = s.Curve(950.5) {
		require.False(t, s.Work(0))
		slices++
	}
	assert.Greater(t, slices, 40)
	assert.Zero(t, s.Progress(), "no point started while solving")
}

func TestCloseStopsEverything(t *testing.T) {
	// Under js/wasm the runtime keeps a goroutine of its own for events from JavaScript.
	defer goleak.VerifyNone(t, goleak.IgnoreAnyFunction("runtime.handleEvent"))
	base := sim.MustPreset("crowd")
	s, err := sweep.New(base, sweep.Plate, 0, 20, screen, sweep.Options{Clock: (&clock{tick: time.Millisecond}).read})
	require.NoError(t, err)
	require.False(t, s.Work(30*time.Millisecond))
	done := len(s.Points())
	s.Close()
	assert.True(t, s.Work(time.Hour), "a closed sweep has nothing left to do")
	assert.False(t, s.Done())
	assert.Len(t, s.Points(), done)
	s.Close()
}

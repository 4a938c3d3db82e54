package session

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/sweep"
	"github.com/gobakery/bakery/sim"
)

// workClock is a fake clock for a sweep's work that moves on by tick each time it is read.
type workClock struct {
	now, tick time.Duration
	reads     int
}

func (c *workClock) read() time.Duration {
	c.reads++
	c.now += c.tick
	return c.now
}

func TestSweepChecksItsArguments(t *testing.T) {
	tests := []struct {
		name      string
		axis      string
		from, to  int
		want      sweepAsk
		badKeys   []string
		badAllows string
	}{
		{"the default", "", Omitted, Omitted, sweepAsk{sweep.Plate, 0, 20}, nil, ""},
		{"eaters by default", "eaters", Omitted, Omitted, sweepAsk{sweep.Eaters, 1, 12}, nil, ""},
		{"a range", " plate ", 3, 9, sweepAsk{sweep.Plate, 3, 9}, nil, ""},
		{"from past the default", "plate", 30, Omitted, sweepAsk{sweep.Plate, 30, 30}, nil, ""},
		{"an unknown axis", "bakers", 0, 4, sweepAsk{}, []string{"axis"}, "plate or eaters"},
		{"below 0", "plate", -1, 20, sweepAsk{}, []string{"from"}, "0..1000"},
		{"backwards", "plate", 9, 3, sweepAsk{}, []string{"to"}, "9..109"},
		{"too many eaters", "eaters", 0, 65, sweepAsk{}, []string{"to"}, "0..64"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Sweep(tt.axis, tt.from, tt.to)
			if tt.badKeys == nil {
				require.NoError(t, err)
				require.NotNil(t, c.sweep)
				assert.Equal(t, tt.want, *c.sweep)
				assert.False(t, c.Empty())
				return
			}
			require.Error(t, err)
			assert.True(t, c.Empty())
			var keys []string
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				var se *sim.SettingError
				require.True(t, errors.As(e, &se), "%v", e)
				keys = append(keys, se.Key)
				assert.Contains(t, se.Allowed, tt.badAllows)
			}
			assert.Equal(t, tt.badKeys, keys)
		})
	}
}

func TestParseSweep(t *testing.T) {
	c, err := ParseSweep("eaters", "2", " ")
	require.NoError(t, err)
	assert.Equal(t, sweepAsk{sweep.Eaters, 2, 12}, *c.sweep)
	_, err = ParseSweep("plate", "1.5", "x")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `from "1.5": want a whole number`)
	assert.Contains(t, err.Error(), `to "x": want a whole number`)
}

// TestASweepFinishesInSlices: a sweep started through the session works a slice each Update, paused or not,
// and ends with the points sweep.New gives when run at once.
func TestASweepFinishesInSlices(t *testing.T) {
	tt := start(t, "preset", "balanced", "paused", "true", "plate", "7")
	clk := &workClock{tick: 500 * time.Microsecond}
	tt.s.SetWorkClock(clk.read)
	require.Nil(t, tt.s.State().Sweep)
	require.Nil(t, tt.s.Frame().Sweep)
	c, err := Sweep("plate", 0, 20)
	require.NoError(t, err)
	tt.do(c)
	frames := 1
	for st := tt.s.State().Sweep; !st.Done; st = tt.s.State().Sweep {
		require.Less(t, frames, 10000, "the sweep never finished")
		assert.Equal(t, sweep.Plate, st.Axis)
		tt.frame(frameStep)
		frames++
	}
	t.Logf("the sweep took %d frames", frames)
	assert.Greater(t, frames, 5, "in slices, not at once")
	f := tt.s.Frame()
	require.NotNil(t, f.Sweep)
	assert.True(t, f.Sweep.Done())
	assert.Equal(t, 1.0, f.Sweep.Progress())
	assert.False(t, f.SweepStale)

	base := sim.MustPreset("balanced")
	base.Plate = 7
	direct, err := sweep.New(base, sweep.Plate, 0, 20, Limits, sweep.Options{})
	require.NoError(t, err)
	defer direct.Close()
	require.True(t, direct.Work(time.Hour))
	assert.Equal(t, direct.State(), *tt.s.State().Sweep)
	assert.Equal(t, direct.Points(), f.Sweep.Points())

	// Loading a point is a setting like any other.
	tt.set(f.Sweep.Axis().Setting(3).Key, f.Sweep.Axis().Setting(3).Value)
	assert.Equal(t, "3", tt.s.State().Settings["plate"])
	assert.False(t, tt.s.Frame().SweepStale, "the sweep is still of this scenario")
	assert.False(t, tt.s.State().Sweep.Stale)
	tt.set("bakers", "3")
	assert.True(t, tt.s.Frame().SweepStale, "now it is of another")
	assert.True(t, tt.s.State().Sweep.Stale, "and state().sweep says so")

	b, err := json.Marshal(tt.s.State())
	require.NoError(t, err)
	var m struct {
		Sweep struct {
			Axis   string           `json:"axis"`
			Done   bool             `json:"done"`
			Points []map[string]any `json:"points"`
		} `json:"sweep"`
	}
	require.NoError(t, json.Unmarshal(b, &m))
	assert.Equal(t, "plate", m.Sweep.Axis)
	assert.True(t, m.Sweep.Done)
	require.Len(t, m.Sweep.Points, 21)
	for _, k := range []string{"x", "throughput_per_s", "baker_blocked_frac", "eater_starved_frac", "exact"} {
		assert.Contains(t, m.Sweep.Points[0], k)
	}
}

// TestSweepBudget: each Update gives the sweep a tenth of the frame interval of the work clock, at least 1 ms.
func TestSweepBudget(t *testing.T) {
	for _, tc := range []struct {
		fps    int
		slices int
	}{{60, 2}, {10, 10}, {4, 25}, {1000, 1}} {
		t.Run(time.Duration(time.Second/time.Duration(tc.fps)).String(), func(t *testing.T) {
			tt := start(t, "preset", "crowd")
			clk := &workClock{tick: time.Millisecond}
			tt.s.SetWorkClock(clk.read)
			c, err := Sweep("plate", 0, 100)
			require.NoError(t, err)
			require.NoError(t, tt.s.Do(c))
			for range 2 * tc.fps {
				tt.frame(time.Second / time.Duration(tc.fps))
			}
			reads := clk.reads
			tt.frame(time.Second / time.Duration(tc.fps))
			require.False(t, tt.s.Frame().Sweep.Done())
			// One read as the work begins, then one after each slice, until the budget is spent.
			assert.InDelta(t, 1+tc.slices, clk.reads-reads, 1)
		})
	}
}

// TestWhatIfStartsAPlateSweep: showing the what-if panel starts a plate sweep of the scenario on screen, unless
// one of it is there already.
func TestWhatIfStartsAPlateSweep(t *testing.T) {
	tt := start(t, "preset", "balanced")
	tt.do(Act(control.ToggleWhatIf))
	assert.Equal(t, "code,chart,whatif", tt.s.State().Settings["panels"], "auto shows the code and the charts")
	first := tt.s.Frame().Sweep
	require.NotNil(t, first)
	assert.Equal(t, sweep.Plate, first.Axis())
	tt.do(Act(control.ToggleWhatIf))
	assert.Equal(t, "code,chart", tt.s.State().Settings["panels"])
	assert.Same(t, first, tt.s.Frame().Sweep, "hiding the panel keeps the sweep")
	tt.do(Act(control.ToggleWhatIf))
	assert.Same(t, first, tt.s.Frame().Sweep, "showing it again needs no new one")
	tt.set("eaters", "3")
	tt.do(Act(control.ToggleWhatIf))
	tt.do(Act(control.ToggleWhatIf))
	assert.NotSame(t, first, tt.s.Frame().Sweep, "a sweep of another scenario is replaced")
	assert.False(t, tt.s.Frame().SweepStale)
}

func TestCloseEndsTheSweep(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	cfg, err := ParseConfig(pairs("preset", "crowd"))
	require.NoError(t, err)
	s, err := New(cfg)
	require.NoError(t, err)
	closed := false
	defer func() {
		if !closed {
			s.Close()
		}
	}()
	s.SetWorkClock((&workClock{tick: time.Millisecond}).read)
	require.NoError(t, s.Update(0))
	c, err := Sweep("eaters", Omitted, Omitted)
	require.NoError(t, err)
	require.NoError(t, s.Do(c))
	for i := range 5 {
		require.NoError(t, s.Update(time.Duration(i+1)*frameStep))
	}
	require.False(t, s.Frame().Sweep.Done(), "a point under way, its actors' goroutines running")
	s.Close()
	closed = true
}

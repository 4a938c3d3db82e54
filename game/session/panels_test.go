package session

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/sim"
)

func TestPanelsSetting(t *testing.T) {
	tests := []struct {
		value, want string
		has         [3]bool // code, chart, whatif
	}{
		{"auto", "auto", [3]bool{true, true, false}},
		{"none", "none", [3]bool{}},
		{"code", "code", [3]bool{true, false, false}},
		{" whatif , code", "code,whatif", [3]bool{true, false, true}},
		{"chart,whatif,code", "code,chart,whatif", [3]bool{true, true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			cfg, err := ParseConfig(pairs("panels", tt.value))
			require.NoError(t, err)
			p := cfg.View.Panels
			assert.Equal(t, tt.want, p.String())
			assert.Equal(t, tt.value == "auto", p.Auto())
			assert.Equal(t, tt.has, [3]bool{p.Has(PanelCode), p.Has(PanelChart), p.Has(PanelWhatIf)})
		})
	}
	for _, bad := range []string{"", "code,", "graphs", "code,code", "all", "auto,code"} {
		t.Run("bad "+bad, func(t *testing.T) {
			_, err := Parse(pairs("panels", bad))
			var se *sim.SettingError
			require.True(t, errors.As(err, &se))
			assert.Equal(t, "panels", se.Key)
			assert.Contains(t, se.Allowed, "auto, none, or some of code, chart and whatif")
		})
	}
	assert.Equal(t, PanelsAuto, DefaultView().Panels)
}

func TestPanelKeysToggle(t *testing.T) {
	tt := start(t, "panels", "chart")
	assert.Equal(t, "chart", tt.s.State().Settings["panels"])
	tt.do(Act(control.ToggleCode))
	assert.Equal(t, "code,chart", tt.s.State().Settings["panels"])
	tt.do(Act(control.ToggleChart))
	assert.Equal(t, "code", tt.s.State().Settings["panels"])
	tt.do(Act(control.ToggleCode))
	assert.Equal(t, "none", tt.s.State().Settings["panels"])
	assert.Equal(t, PanelsNone, tt.s.Frame().View.Panels)
	tt.set("panels", "auto")
	tt.do(Act(control.ToggleChart))
	assert.Equal(t, "code", tt.s.State().Settings["panels"], "from auto: the code and the charts, less the charts")
	assert.Nil(t, tt.s.Frame().Sweep, "only the what-if panel starts a sweep")
}

func TestRecord(t *testing.T) {
	for _, bad := range []float64{0, 0.5, 60.5, -1} {
		_, err := Record(bad)
		var se *sim.SettingError
		require.True(t, errors.As(err, &se), "%g", bad)
		assert.Equal(t, "seconds", se.Key)
		assert.Equal(t, "a number of seconds from 1 to 60", se.Allowed)
	}
	for in, want := range map[string]float64{"": DefaultRecord, "5": 5, " 2.5s": 2.5, "60": 60} {
		c, err := ParseRecord(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, c.record, in)
	}
	for _, bad := range []string{"x", "NaN", "0", "1e9"} {
		_, err := ParseRecord(bad)
		assert.Error(t, err, bad)
	}

	tt := start(t)
	c, err := Record(12)
	require.NoError(t, err)
	tt.do(c)
	assert.Equal(t, 12.0, tt.s.Frame().Record, "for the frame that applied it")
	tt.frame(frameStep)
	assert.Zero(t, tt.s.Frame().Record, "and that frame only")
	tt.do(Act(control.Record))
	assert.Equal(t, DefaultRecord, tt.s.Frame().Record)
	tt.frame(time.Second)
	assert.Zero(t, tt.s.Frame().Record)
}

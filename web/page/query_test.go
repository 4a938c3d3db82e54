package page

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/sim"
)

// TestQuery: the address bar holds the preset and what differs from it, and reads back as the same settings.
func TestQuery(t *testing.T) {
	tests := []struct {
		name string
		kv   []sim.Setting
		want string
	}{
		{"the default", nil, "preset=seed"},
		{"a preset", []sim.Setting{{Key: "preset", Value: "balanced"}}, "preset=balanced"},
		{"a change", []sim.Setting{{Key: "preset", Value: "fast-bakers"}, {Key: "plate", Value: "2"}, {Key: "speed", Value: "4"}},
			"preset=fast-bakers&plate=2&speed=4"},
		{"the look", []sim.Setting{{Key: "theme", Value: "dark"}, {Key: "ui", Value: "minimal"}, {Key: "paused", Value: "true"}},
			"preset=seed&paused=true&ui=minimal&theme=dark"},
		{"names", []sim.Setting{{Key: "baker-names", Value: "Ann,Bo"}}, "preset=seed&baker-names=Ann%2CBo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := session.ParseConfig(tt.kv)
			require.NoError(t, err)
			settings := map[string]string{"preset": cfg.Scenario.Preset}
			for _, kv := range cfg.Scenario.Settings() {
				settings[kv.Key] = kv.Value
			}
			for _, kv := range session.ViewSettings(cfg.View) {
				settings[kv.Key] = kv.Value
			}
			q := Query(settings)
			assert.Equal(t, tt.want, q)
			back, _ := querySettings(q)
			again, err := session.ParseConfig(back)
			require.NoError(t, err)
			assert.Equal(t, cfg, again, "the link reads back as what is on screen")
		})
	}
}

package game

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/sim"
)

// The tests of this package import Ebitengine, which needs a display: run them under xvfb-run.

func settings(kv ...string) []sim.Setting {
	var s []sim.Setting
	for i := 0; i+1 < len(kv); i += 2 {
		s = append(s, sim.Setting{Key: kv[i], Value: kv[i+1]})
	}
	return s
}

func TestParseConfig(t *testing.T) {
	tests := []struct {
		name  string
		in    []sim.Setting
		check func(t *testing.T, c Config)
	}{
		{"defaults", nil, func(t *testing.T, c Config) {
			assert.Equal(t, DefaultConfig().Scenario.String(), c.Scenario.String())
			assert.Equal(t, 1.0, c.Speed)
			assert.False(t, c.Paused)
			assert.Equal(t, "full", c.UI)
			assert.Equal(t, "light", c.Theme)
		}},
		{"scenario keys go through sim", settings("preset", "crowd", "bakers", "64", "plate", "1000"), func(t *testing.T, c Config) {
			assert.Equal(t, 64, c.Scenario.Bakers)
			assert.Equal(t, 10, c.Scenario.Eaters)
			assert.Equal(t, 1000, c.Scenario.Plate)
		}},
		{"game keys", settings("speed", "0.25", "paused", "true", "ui", "minimal", "theme", "dark", "reduced-motion", "1"),
			func(t *testing.T, c Config) {
				assert.Equal(t, 0.25, c.Speed)
				assert.True(t, c.Paused)
				assert.Equal(t, "minimal", c.UI)
				assert.Equal(t, "dark", c.Theme)
				assert.True(t, c.ReducedMotion)
			}},
		{"speed with an x", settings("speed", "8x"), func(t *testing.T, c Config) {
			assert.Equal(t, 8.0, c.Speed)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ParseConfig(tt.in)
			require.NoError(t, err)
			tt.check(t, c)
		})
	}
}

func TestParseConfigErrors(t *testing.T) {
	tests := []struct {
		name    string
		in      []sim.Setting
		bad     []string // keys reported, in order
		allowed string   // part of the first error's Allowed
		check   func(t *testing.T, c Config)
	}{
		{"screen limit on bakers", settings("bakers", "65"), []string{"bakers"}, "0..64", nil},
		{"screen limit on plate", settings("plate", "1001"), []string{"plate"}, "0..1000", nil},
		{"speed too high", settings("speed", "65"), []string{"speed"}, "0.25 to 64", nil},
		{"speed not a number", settings("speed", "fast"), []string{"speed"}, "0.25 to 64", nil},
		{"speed NaN", settings("speed", "NaN"), []string{"speed"}, "0.25 to 64", nil},
		{"paused", settings("paused", "maybe"), []string{"paused"}, "true or false", nil},
		{"ui", settings("ui", "huge"), []string{"ui"}, "full or minimal", nil},
		{"theme", settings("theme", "neon"), []string{"theme"}, "light or dark", nil},
		{"unknown key names the game's keys too", settings("colour", "red"), []string{"colour"}, "speed", nil},
		{"bad ones are left at their default, the rest apply", settings("speed", "100", "bakers", "3", "theme", "x", "eaters", "4"),
			[]string{"speed", "theme"}, "0.25 to 64", func(t *testing.T, c Config) {
				assert.Equal(t, 1.0, c.Speed)
				assert.Equal(t, "light", c.Theme)
				assert.Equal(t, 3, c.Scenario.Bakers)
				assert.Equal(t, 4, c.Scenario.Eaters)
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ParseConfig(tt.in)
			require.Error(t, err)
			var got []string
			var first *sim.SettingError
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				var se *sim.SettingError
				require.True(t, errors.As(e, &se), "%v is a *sim.SettingError", e)
				if first == nil {
					first = se
				}
				got = append(got, se.Key)
			}
			assert.Equal(t, tt.bad, got)
			assert.Contains(t, first.Allowed, tt.allowed)
			if tt.check != nil {
				tt.check(t, c)
			}
		})
	}
}

func TestNewRejectsBadConfig(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *Config)
	}{
		{"speed 0", func(c *Config) { c.Speed = 0 }},
		{"ui", func(c *Config) { c.UI = "" }},
		{"theme", func(c *Config) { c.Theme = "neon" }},
		{"too many eaters", func(c *Config) { c.Scenario.Eaters = 65 }},
		{"negative at", func(c *Config) { c.At = -1 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultConfig()
			tt.change(&c)
			g, err := New(c)
			assert.Error(t, err)
			assert.Nil(t, g)
		})
	}
}

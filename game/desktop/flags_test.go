package desktop

import (
	"bytes"
	"flag"
	"image"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/sim"
)

func TestParseFlags(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		check func(t *testing.T, c Flags)
	}{
		{"defaults", nil, func(t *testing.T, c Flags) {
			assert.Equal(t, "seed", c.Session.Scenario.Preset)
			assert.Equal(t, 1.0, c.Session.View.Speed)
			assert.Equal(t, layout.DefaultWindow, c.Window)
		}},
		{"scenario keys", []string{"-preset", "crowd", "-bakers", "3", "-plate", "0"}, func(t *testing.T, c Flags) {
			assert.Equal(t, 3, c.Session.Scenario.Bakers)
			assert.Equal(t, 10, c.Session.Scenario.Eaters)
			assert.Equal(t, 0, c.Session.Scenario.Plate)
		}},
		{"game keys", []string{"-speed", "8", "-paused", "-theme", "dark", "-ui", "minimal"}, func(t *testing.T, c Flags) {
			assert.Equal(t, 8.0, c.Session.View.Speed)
			assert.True(t, c.Session.View.Paused)
			assert.Equal(t, session.ThemeDark, c.Session.View.Theme)
			assert.Equal(t, session.UIMinimal, c.Session.View.UI)
		}},
		{"record", []string{"-record", "a.gif", "-at", "2s", "-for", "5s"}, func(t *testing.T, c Flags) {
			assert.Equal(t, "a.gif", c.Record)
			assert.Equal(t, 2*time.Second, c.At)
			assert.Equal(t, 5*time.Second, c.For)
		}},
		{"screenshot", []string{"-screenshot", "a.png", "-at", "3.25s", "-window", "800x450"}, func(t *testing.T, c Flags) {
			assert.Equal(t, "a.png", c.Screenshot)
			assert.Equal(t, 3250*time.Millisecond, c.At)
			assert.Equal(t, image.Point{800, 450}, c.Window)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse(tt.args, &bytes.Buffer{})
			require.NoError(t, err)
			tt.check(t, c)
		})
	}
}

func TestParseFlagsErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"not png", []string{"-screenshot", "a.jpg"}, "screenshot"},
		{"not gif", []string{"-record", "a.png"}, `record "a.png"`},
		{"both", []string{"-record", "a.gif", "-screenshot", "a.png"}, "one or the other"},
		{"clip too long", []string{"-record", "a.gif", "-for", "2h"}, `for "2h"`},
		{"negative at", []string{"-at", "-1s"}, "at"},
		{"at past the longest run", []string{"-at", "8760h"}, `at "8760h": want a time from 0s to`},
		{"stray argument", []string{"crowd"}, "unexpected argument"},
		{"window form", []string{"-window", "big"}, "window"},
		{"given twice", []string{"-bakers", "3", "-bakers", "5"}, `bakers given twice, as "3" and as "5"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.args, &bytes.Buffer{})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	var out bytes.Buffer
	_, err := Parse([]string{"-h"}, &out)
	assert.ErrorIs(t, err, flag.ErrHelp)
	for _, want := range []string{"-bakers N\n", "(default 2)", "-theme THEME\n", "(default auto)", "-window WIDTHxHEIGHT\n", "(default 1280x720)",
		"-screenshot FILE\n", "-paused BOOL\n", "(true or false) (default false)"} {
		assert.Contains(t, out.String(), want, "every flag with what it takes and its default")
	}
	assert.NotContains(t, out.String(), " value\n", "no flag.Func's placeholder")
	for _, k := range append(append([]sim.Key{}, sim.Keys...), session.GameKeys...) {
		assert.NotEmpty(t, k.Arg, "%s: a new setting needs an Arg for -h", k.Name)
	}
}

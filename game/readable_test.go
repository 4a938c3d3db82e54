package game

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/sim"
)

// These tests draw real frames, so they need a display: make test-display runs them under xvfb-run.

// newTestGame makes a game (makeTestGame) and runs its first frame and the first full one.
func newTestGame(t *testing.T, size layout.Point, dpr float64, touch bool, kv ...string) *Game {
	t.Helper()
	g := makeTestGame(t, size, dpr, touch, kv...)
	g.frames(t, 1) // the first frame
	g.frames(t, 1) // and the first full one
	return g
}

// makeTestGame makes a game from settings on a screen of the given CSS size and device pixel ratio, driven by a
// fixed clock of a 60th of a second a frame, before its first frame.
func makeTestGame(t *testing.T, size layout.Point, dpr float64, touch bool, kv ...string) *Game {
	t.Helper()
	var settings []sim.Setting
	for i := 0; i+1 < len(kv); i += 2 {
		settings = append(settings, sim.Setting{Key: kv[i], Value: kv[i+1]})
	}
	cfg, err := session.ParseConfig(settings)
	require.NoError(t, err)
	var now time.Duration
	g, err := New(cfg, Options{Clock: func() time.Duration { now += time.Second / 60; return now }})
	require.NoError(t, err)
	t.Cleanup(func() { g.s.Close() })
	g.screen.Store(&screenSize{size.Mul(dpr), dpr})
	if touch {
		require.NoError(t, g.s.Do(session.Prefer(session.System{Touch: true})))
	}
	return g
}

// frames runs n Updates and draws the last into an offscreen image.
func (g *Game) frames(t *testing.T, n int) {
	t.Helper()
	for range n {
		require.NoError(t, g.Update())
	}
	img := ebiten.NewImage(int(g.lay.Size.X), int(g.lay.Size.Y))
	defer img.Deallocate()
	g.draw(img, g.lay)
	g.drawn++
	if !g.first {
		g.full++
	}
}

// TestNoTextBelowTwelvePixels draws the scenes a user meets — the story, a crowd, the help, a tooltip, a step's
// caption, a preset's note, the finished card, a plate shrunk under its loaves — at 1280×720, 800×450 and a
// phone's 390×844, at device pixel ratio 1 and 2, and checks that no text was asked for below 12 CSS pixels.
func TestNoTextBelowTwelvePixels(t *testing.T) {
	scenes := []struct {
		name string
		kv   []string
		then func(t *testing.T, g *Game)
	}{
		{"story", []string{"preset", "seed"}, func(t *testing.T, g *Game) { g.frames(t, 200) }},
		{"crowd 64+64 plate 100", []string{"bakers", "64", "eaters", "64", "plate", "100", "batch", "0", "speed", "8"},
			func(t *testing.T, g *Game) { g.frames(t, 120) }},
		{"help", []string{"preset", "balanced"}, func(t *testing.T, g *Game) { g.act(control.Help); g.frames(t, 1) }},
		{"tooltip", []string{"preset", "balanced"}, func(t *testing.T, g *Game) {
			g.hover = g.lay.Buttons[len(g.lay.Buttons)-1].Rect.Center()
			g.frames(t, 1)
			g.hover = g.lay.Bakers.Actors[0].Center
			g.frames(t, 1)
		}},
		{"step caption and note", []string{"preset", "rendezvous", "paused", "true"}, func(t *testing.T, g *Game) {
			for range 5 {
				g.act(control.Step)
				g.frames(t, 1)
			}
			require.NotEmpty(t, g.caption)
			g.act(control.PresetAction(3))
			g.frames(t, 1)
		}},
		{"finished", []string{"preset", "seed", "speed", "64"}, func(t *testing.T, g *Game) {
			g.frames(t, 200)
			require.True(t, g.f.Snap.Finished)
		}},
		{"every control on a phone held sideways", []string{"preset", "balanced"}, func(t *testing.T, g *Game) {
			g.act(control.MoreControls)
			g.frames(t, 2)
		}},
		{"panels chosen", []string{"preset", "balanced", "panels", "code,chart,whatif", "speed", "16"}, func(t *testing.T, g *Game) {
			g.frames(t, 120)
		}},
		{"shrunk plate", []string{"preset", "fast-bakers", "plate", "12", "speed", "8"}, func(t *testing.T, g *Game) {
			g.frames(t, 120)
			require.NoError(t, g.s.Set([]sim.Setting{{Key: "plate", Value: "0"}}))
			g.frames(t, 2)
		}},
	}
	for _, sc := range []struct {
		size  layout.Point
		dpr   float64
		touch bool
	}{{layout.Pt(1280, 720), 1, false}, {layout.Pt(800, 450), 1, false}, {layout.Pt(800, 450), 2, true},
		{layout.Pt(390, 844), 2, true}, {layout.Pt(844, 340), 2, true}} {
		for _, s := range scenes {
			t.Run(fmt.Sprintf("%gx%g@%g %s", sc.size.X, sc.size.Y, sc.dpr, s.name), func(t *testing.T) {
				g := newTestGame(t, sc.size, sc.dpr, sc.touch, s.kv...)
				s.then(t, g)
				assert.True(t, math.IsInf(g.smallest, 1), "text asked for at %.1f CSS px", g.smallest/sc.dpr)
			})
		}
	}
}

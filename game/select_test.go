package game

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/layout"
)

// TestClickedActorStaysFollowed: a click on an actor selects it, the selection lasts through the frames that
// follow (it was cleared each frame until a step had been taken), and a step then runs to its next event.
func TestClickedActorStaysFollowed(t *testing.T) {
	g := newTestGame(t, layout.Pt(1280, 720), 1, false, "preset", "seed", "paused", "true")
	require.NotEmpty(t, g.lay.Eaters.Actors)
	lucy := g.f.Snap.Eaters[1]
	i, ok := g.places.Of(lucy)
	require.True(t, ok)
	g.click(g.lay.Eaters.Actors[i].Center)
	g.frames(t, 5)
	assert.Equal(t, lucy.ID, g.selected, "still selected five frames later")
	g.act(control.Step)
	g.frames(t, 1)
	assert.Contains(t, g.f.Caption, "Lucy", "the step ran to Lucy's next event")
	assert.Equal(t, lucy.ID, g.selected)
}

// TestCodePanelScrolls: the wheel over the code panel moves it from the goroutines' lines to the rest of the
// program, as far as its ends and no further.
func TestCodePanelScrolls(t *testing.T) {
	g := newTestGame(t, layout.Pt(1280, 720), 1, false, "preset", "seed")
	require.Less(t, g.code.n, len(g.program().Lines()), "the program is longer than the panel")
	g.codeScroll = 1000
	g.updateCode()
	assert.Equal(t, len(g.program().Lines())-g.code.n+1, g.code.first, "scrolled to the end")
	shown := strings.Join(g.program().Lines()[g.code.first-1:g.code.first-1+g.code.n], "\n")
	assert.Contains(t, shown, "close(plate)")
	g.codeScroll = -1000
	g.updateCode()
	assert.Equal(t, 1, g.code.first, "and back to the top")
}

// TestAnySizeDraws: the game draws at window sizes between the usual ones, at pixel ratios 1 to 3, with loaves
// on the plate. A window of 800×900 once hung for good, shrinking a loaf's label through font sizes that round
// to the same face.
func TestAnySizeDraws(t *testing.T) {
	sizes := []layout.Point{{X: 800, Y: 900}, {X: 800, Y: 1000}, {X: 768, Y: 1024}}
	for w := 360.0; w <= 1040; w += 80 {
		for h := 450.0; h <= 1200; h += 150 {
			sizes = append(sizes, layout.Pt(w, h))
		}
	}
	for _, dpr := range []float64{1, 2} {
		for _, sz := range sizes {
			g := newTestGame(t, sz, dpr, dpr > 1, "preset", "seed")
			g.frames(t, 300) // five seconds: loaves baked, on the plate and eaten
		}
	}
}

// TestPanelTogglesShowOnAPhone: on a phone held upright, a panel's button shows that panel (one at a time, the
// one asked for), where it did nothing; by themselves no panels show there.
func TestPanelTogglesShowOnAPhone(t *testing.T) {
	g := newTestGame(t, layout.Pt(390, 844), 3, true, "preset", "seed")
	assert.Zero(t, g.lay.Shown, "no panels by themselves on a phone")
	for _, tc := range []struct {
		a    control.Action
		want layout.Panels
	}{{control.ToggleChart, layout.ChartPanel}, {control.ToggleCode, layout.CodePanel}, {control.ToggleWhatIf, layout.WhatIfPanel}} {
		g.act(tc.a)
		g.frames(t, 2)
		assert.NotZero(t, g.lay.Shown&tc.want, "after %v", tc.a)
		g.act(tc.a) // and off again
		g.frames(t, 2)
	}
}

// TestAWheelNotchScrollsThreeLines: a notch is three lines, in a browser (which reports pixels, 100 a notch) as on
// the desktop (which reports notches); a touchpad's small turns still move a line. A browser's notch once moved
// the panel 200 lines, from one end of the program to the other.
func TestAWheelNotchScrollsThreeLines(t *testing.T) {
	assert.Equal(t, 3, wheelLines(100, 100))
	assert.Equal(t, -3, wheelLines(-100, 100))
	assert.Equal(t, 3, wheelLines(1, 1))
	assert.Equal(t, 1, wheelLines(4, 100))
	assert.Equal(t, -1, wheelLines(-0.2, 1))
}

// TestMarkersLeaveTheCodeReadable: a line shows as many markers as its gutter and indentation hold, with room
// for the count of the rest, so that "+3" never runs into the code ("+1for loaf" once did at four eaters).
func TestMarkersLeaveTheCodeReadable(t *testing.T) {
	v := codeView{size: 12.5, gutter: 12.5 * 1.3 * 1.6}
	adv, countW := 7.8, 20.0
	for _, tc := range []struct {
		line string
		n    int
	}{{"    for loaf := range plate {", 5}, {"        time.Sleep(e.pace())", 12}, {"    for loaf := range plate {", 1},
		{"}", 2}, {"}", 9}} { // the closing brace of func baker, where the bakers who are done stand
		fit, step, counted := v.markersFit(tc.line, adv, countW, tc.n)
		require.GreaterOrEqual(t, fit, 1)
		require.LessOrEqual(t, fit, min(tc.n, maxMarkers))
		indent := len(tc.line) - len(strings.TrimLeft(tc.line, " "))
		end := float64(fit-1)*step + v.size*1.3 // the last marker's right edge, from the first's left
		if fit < tc.n && counted {
			end = float64(fit)*step + countW
		}
		assert.LessOrEqual(t, end, v.gutter+float64(indent)*adv, "%q: markers and count before the code", tc.line)
	}
}

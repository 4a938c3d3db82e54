package layout

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/sim"
)

var sizes = []Point{{800, 450}, {1024, 640}, {1280, 720}, {1920, 1080}, {2560, 800}, {800, 1200}, {390, 844}, {844, 390}}

func TestRingSlots(t *testing.T) {
	l := New(Params{Size: Pt(1280, 720), Scale: 1, Bakers: 2, Eaters: 2, Capacity: 6})
	p := l.Plate
	require.Equal(t, Ring, p.Mode)
	require.Len(t, p.Slots, 6)
	// The head faces the eaters: straight east of the centre.
	assert.InDelta(t, p.Center.Y, p.Slots[0].Center.Y, 1e-9)
	assert.Greater(t, p.Slots[0].Center.X, p.Center.X)
	// The queue runs on counter-clockwise over the top: slot 1 is up and to the right (y grows downward).
	assert.Less(t, p.Slots[1].Center.Y, p.Center.Y)
	assert.Greater(t, p.Slots[1].Center.X, p.Center.X)
	// Opposite the head, the fourth slot.
	assert.Less(t, p.Slots[3].Center.X, p.Center.X)
}

func TestSlotsFitThePlate(t *testing.T) {
	for _, k := range []int{1, 2, 3, 5, 6, 12, 24, 25, 100, 500, 1000} {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%d/%vx%v", k, sz.X, sz.Y), func(t *testing.T) {
				l := New(Params{Size: sz, Scale: 1, Bakers: 3, Eaters: 3, Capacity: k})
				p := l.Plate
				want := Ring
				if k > RingMax {
					want = Stack
				}
				assert.Equal(t, want, p.Mode)
				require.Len(t, p.Slots, k)
				for i, s := range p.Slots {
					reach := s.R
					if p.Mode == Stack {
						reach = s.R * math.Sqrt2 // a square cell's corner
					}
					assert.LessOrEqual(t, p.Center.Dist(s.Center)+reach, p.R*0.95, "slot %d leaves the plate", i)
					assert.Greater(t, s.R, 1.5, "slot %d too small to see", i)
					for j := range i {
						d := s.Center.Dist(p.Slots[j].Center)
						assert.GreaterOrEqual(t, d+1e-9, s.R+p.Slots[j].R, "slots %d and %d overlap", j, i)
					}
				}
			})
		}
	}
}

func TestHandToHand(t *testing.T) {
	l := New(Params{Size: Pt(1280, 720), Scale: 1, Bakers: 2, Eaters: 2, Capacity: 0})
	assert.Equal(t, HandToHand, l.Plate.Mode)
	assert.Empty(t, l.Plate.Slots)
}

func TestActorsFitTheirSide(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 12, 30, 64} {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%d/%vx%v", n, sz.X, sz.Y), func(t *testing.T) {
				l := New(Params{Size: sz, Scale: 1, Bakers: n, Eaters: n, Capacity: 12})
				for _, side := range []Side{l.Bakers, l.Eaters} {
					require.Len(t, side.Actors, Cells(n, 0))
					for i, a := range side.Actors {
						assert.True(t, inside(a.Cell, side.Area), "actor %d cell %v outside %v", i, a.Cell, side.Area)
						assert.True(t, inside(a.Cell, l.Table), "actor %d off the table", i)
						assert.Greater(t, a.R, 3.0, "actor %d too small", i)
						for j := range i {
							assert.False(t, overlap(a.Cell, side.Actors[j].Cell), "actors %d and %d overlap", j, i)
						}
					}
				}
				// Nobody stands on the plate.
				for _, a := range append(append([]Actor{}, l.Bakers.Actors...), l.Eaters.Actors...) {
					assert.Greater(t, a.Center.Dist(l.Plate.Center), l.Plate.R, "actor on the plate")
				}
			})
		}
	}
}

func TestBakersLeftEatersRight(t *testing.T) {
	l := New(Params{Size: Pt(1280, 720), Scale: 1, Bakers: 2, Eaters: 2, Capacity: 6})
	for _, a := range l.Bakers.Actors {
		assert.Less(t, a.Center.X, l.Plate.Center.X)
		assert.Greater(t, a.Hand.X, a.Center.X, "bakers hold loaves toward the plate")
		assert.Less(t, a.Oven.X, a.Center.X, "ovens behind the bakers")
	}
	for _, a := range l.Eaters.Actors {
		assert.Greater(t, a.Center.X, l.Plate.Center.X)
		assert.Less(t, a.Hand.X, a.Center.X, "eaters hold loaves toward the plate")
	}
}

func TestNamesOnlyWithRoom(t *testing.T) {
	assert.True(t, New(Params{Size: Pt(1280, 720), Scale: 1, Bakers: 12, Eaters: 10, Capacity: 12}).Bakers.Names)
	assert.False(t, New(Params{Size: Pt(800, 450), Scale: 1, Bakers: 64, Eaters: 64, Capacity: 100}).Bakers.Names)
}

func TestHiDPIScalesEverything(t *testing.T) {
	a := New(Params{Size: Pt(1280, 720), Scale: 1, Bakers: 2, Eaters: 2, Capacity: 6})
	b := New(Params{Size: Pt(2560, 1440), Scale: 2, Bakers: 2, Eaters: 2, Capacity: 6})
	assert.InDelta(t, 2*a.TextSize, b.TextSize, 1e-9)
	assert.InDelta(t, 2*a.Plate.R, b.Plate.R, 1e-9)
	assert.InDelta(t, 2*a.Plate.Slots[2].Center.X, b.Plate.Slots[2].Center.X, 1e-9)
}

func TestControlsFit(t *testing.T) {
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("%vx%v", sz.X, sz.Y), func(t *testing.T) {
			l := New(Params{Size: sz, Scale: 1, Bakers: 2, Eaters: 2, Capacity: 6})
			screen := R(0, 0, sz.X, sz.Y)
			seen := map[control.Action]bool{}
			for i, b := range l.Buttons {
				assert.True(t, inside(b.Rect, screen), "button %v off screen", b.Action)
				assert.True(t, inside(b.Rect, l.Controls), "button %v outside the bar", b.Action)
				assert.GreaterOrEqual(t, b.Rect.Dy(), 26.0*0.8, "button %v too small to touch", b.Action)
				for j := range i {
					assert.False(t, overlap(b.Rect, l.Buttons[j].Rect), "%v overlaps %v", b.Action, l.Buttons[j].Action)
				}
				seen[b.Action] = true
			}
			// Every key has its button, except closing the help overlay (any click does), and so has every
			// preset.
			for _, b := range control.Bindings {
				assert.True(t, seen[b.Action] || !onBar(b.Action), "no button for %v", b.Action)
			}
			for i := range sim.Presets {
				assert.True(t, seen[control.PresetAction(i)], "no button for preset %d", i+1)
			}
			assert.False(t, overlap(l.Controls, l.Table), "controls cover the table")
			assert.False(t, overlap(l.Top, l.Table), "top bar covers the table")
		})
	}
}

func TestMinimalHasNoControls(t *testing.T) {
	l := New(Params{Size: Pt(800, 450), Scale: 1, Bakers: 2, Eaters: 2, Capacity: 6, Minimal: true})
	assert.Empty(t, l.Buttons)
	assert.True(t, l.Controls.Empty())
	_, ok := l.Hit(Pt(400, 440), false)
	assert.False(t, ok)
}

func TestHit(t *testing.T) {
	l := New(Params{Size: Pt(1280, 720), Scale: 1, Bakers: 2, Eaters: 2, Capacity: 6})
	for _, b := range l.Buttons {
		t.Run(b.Action.String(), func(t *testing.T) {
			a, ok := l.Hit(b.Rect.Center(), false)
			require.True(t, ok)
			assert.Equal(t, b.Action, a)
		})
	}
	tests := []struct {
		name     string
		p        Point
		finished bool
		want     control.Action
		ok       bool
	}{
		{"plate", l.Plate.Center, false, control.None, false},
		{"top bar", Pt(5, 5), false, control.None, false},
		{"replay hidden", l.Replay.Rect.Center(), false, control.None, false},
		{"replay shown", l.Replay.Rect.Center(), true, control.Reset, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok := l.Hit(tt.p, tt.finished)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, a)
		})
	}
}

func TestActorAt(t *testing.T) {
	l := New(Params{Size: Pt(1280, 720), Scale: 1, Bakers: 3, Eaters: 2, Capacity: 6})
	i, bakers, ok := l.ActorAt(l.Bakers.Actors[2].Center)
	assert.True(t, ok)
	assert.True(t, bakers)
	assert.Equal(t, 2, i)
	i, bakers, ok = l.ActorAt(l.Eaters.Actors[1].Center)
	assert.True(t, ok)
	assert.False(t, bakers)
	assert.Equal(t, 1, i)
	_, _, ok = l.ActorAt(l.Plate.Center)
	assert.False(t, ok)
}

func TestProbeInsideLoaf(t *testing.T) {
	// The loaf is an oval r wide and 0.74r high with a crust of 0.09r; its label is at most 1.05r wide, centred.
	c, r := Pt(100, 100), 20.0
	p := Probe(c, r)
	dx, dy := (p.X-c.X)/(r*0.91), (p.Y-c.Y)/(r*0.74-r*0.09)
	assert.Less(t, dx*dx+dy*dy, 1.0, "probe outside the loaf's crumb")
	assert.Greater(t, math.Abs(p.X-c.X), r*1.05/2, "probe on the label")
}

func TestDegenerateParams(t *testing.T) {
	l := New(Params{Size: Pt(0, -5), Scale: 0, Bakers: -1, Eaters: -1, Capacity: -3})
	assert.Equal(t, 1.0, l.Scale)
	assert.Empty(t, l.Bakers.Actors)
	assert.Empty(t, l.Plate.Slots)
}

func inside(a, b Rect) bool {
	const eps = 1e-6
	return a.Min.X >= b.Min.X-eps && a.Min.Y >= b.Min.Y-eps && a.Max.X <= b.Max.X+eps && a.Max.Y <= b.Max.Y+eps
}

func overlap(a, b Rect) bool {
	const eps = 1e-6
	return a.Min.X < b.Max.X-eps && b.Min.X < a.Max.X-eps && a.Min.Y < b.Max.Y-eps && b.Min.Y < a.Max.Y-eps
}

// TestASeventhPresetIsReachable: a preset added to sim.Presets alone gets a number key, a button, a line in the
// help and a URL value.
func TestASeventhPresetIsReachable(t *testing.T) {
	saved := sim.Presets
	t.Cleanup(func() { sim.Presets = saved })
	sc := sim.MustPreset("balanced")
	sc.Plate = 9
	sim.Presets = append(slices.Clone(saved), sim.PresetInfo{Name: "seventh", Description: "A test preset.", Scenario: sc})
	n := len(sim.Presets)

	a := control.PresetAction(n - 1)
	require.NotEqual(t, control.None, a)
	assert.Equal(t, a, control.ForRune(rune('0'+n)), "a number key")
	l := New(Params{Size: Pt(1280, 720), Scale: 1, Bakers: 2, Eaters: 2, Capacity: 6})
	got, ok := l.Hit(buttonFor(t, l, a).Center(), false)
	assert.True(t, ok)
	assert.Equal(t, a, got, "a button")
	assert.Contains(t, fmt.Sprint(control.Shortcuts()), fmt.Sprintf("1 – %d", n), "the help")
	cfg, err := session.ParseConfig([]sim.Setting{{Key: "preset", Value: "seventh"}})
	require.NoError(t, err, "the URL")
	assert.Equal(t, 9, cfg.Scenario.Plate)
}

func buttonFor(t *testing.T, l *Layout, a control.Action) Rect {
	t.Helper()
	for _, b := range l.Buttons {
		if b.Action == a {
			return b.Rect
		}
	}
	t.Fatalf("no button for %v", a)
	return Rect{}
}

// onBar reports whether a key's action has a button on the control bar: all but closing the help (any click
// does) and the tour's, whose buttons are on the tour's card.
func onBar(a control.Action) bool {
	switch a {
	case control.Close, control.TourNext, control.TourBack, control.TourLeave:
		return false
	}
	return true
}

// TestChosenPanelsFitAnEmbed: an embed of 800×450 that asks for the code and the charts gets them, beside a
// narrower scene; left to auto, it shows the scene alone, as it did.
func TestChosenPanelsFitAnEmbed(t *testing.T) {
	p := Params{Size: Pt(800, 450), Scale: 1, Bakers: 2, Eaters: 2, Capacity: 6, Panels: CodePanel | ChartPanel}
	l := New(p)
	assert.Equal(t, CodePanel|ChartPanel, l.Shown)
	assert.GreaterOrEqual(t, l.Table.Dx(), float64(minChosenSceneW))
	assert.LessOrEqual(t, l.Table.Max.X, l.Code.Min.X, "the scene left of the panels")
	p.Panels, p.PanelsAuto = 0, true
	assert.Zero(t, New(p).Shown)
}

// TestAPhoneHeldSidewaysCanShowEveryControl: where only the essential controls fit by themselves (a phone held
// sideways, touch-sized buttons), a button shows the rest, and shows the essential ones again; with it, every
// control is there and on the screen.
func TestAPhoneHeldSidewaysCanShowEveryControl(t *testing.T) {
	p := Params{Size: Pt(844, 340), Scale: 1, Bakers: 2, Eaters: 2, Capacity: 6, Touch: true}
	few := New(p)
	require.True(t, few.AutoMinimal)
	_, more := few.Hit(buttonFor(t, few, control.MoreControls).Center(), false)
	assert.True(t, more)
	assert.False(t, hasButton(few, control.BakersUp))
	p.MoreControls = true
	all := New(p)
	assert.False(t, all.AutoMinimal)
	for _, a := range []control.Action{control.BakersUp, control.PlateDown, control.SpeedUp, control.PresetAction(4), control.MoreControls} {
		b := buttonFor(t, all, a)
		assert.GreaterOrEqual(t, b.Dy(), float64(MinTouch), "%v: a touch target", a)
		assert.True(t, b.Min.X >= 0 && b.Max.X <= 844 && b.Min.Y >= 0 && b.Max.Y <= 340, "%v on the screen", a)
	}
	assert.Greater(t, all.Table.Dy(), 0.0, "the scene keeps some room")
}

func hasButton(l *Layout, a control.Action) bool {
	for _, b := range l.Buttons {
		if b.Action == a {
			return true
		}
	}
	return false
}

// TestTheFinishedCardStaysOnTheTable: on a phone held sideways with every control shown the table is short; the
// finished card then gives up lines of figures rather than spill over the top bar.
func TestTheFinishedCardStaysOnTheTable(t *testing.T) {
	for _, p := range []Params{
		{Size: Pt(1280, 720), Scale: 1, Bakers: 2, Eaters: 2, Capacity: 6},
		{Size: Pt(844*2, 340*2), Scale: 2, Bakers: 2, Eaters: 2, Capacity: 6, Touch: true, MoreControls: true},
	} {
		l := New(p)
		assert.GreaterOrEqual(t, l.Card.Min.Y, l.Table.Min.Y, "%v: below the top bar", p.Size)
		assert.LessOrEqual(t, l.Card.Max.Y, l.Table.Max.Y+1e-9, "%v: above the controls", p.Size)
		assert.True(t, l.Card.Contains(l.Replay.Rect.Center()))
	}
	assert.Equal(t, 4, New(Params{Size: Pt(1280, 720), Scale: 1, Bakers: 2, Eaters: 2, Capacity: 6}).CardLines)
	assert.Less(t, New(Params{Size: Pt(844*2, 340*2), Scale: 2, Bakers: 2, Eaters: 2, Capacity: 6, Touch: true,
		MoreControls: true}).CardLines, 4, "the phone's card gave up lines")
}

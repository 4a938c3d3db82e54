package layout

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/control"
)

// screens are the sizes the issue names, in CSS pixels: a laptop, an embed, a phone held upright.
var screens = []struct {
	name string
	size Point
}{{"1280x720", Pt(1280, 720)}, {"800x450", Pt(800, 450)}, {"390x844", Pt(390, 844)}, {"844x390", Pt(844, 390)}}

// TestReadableEverywhere: at every size, at device pixel ratio 1 and 2, with a mouse and on a touch screen, no
// text size is below 12 CSS pixels, and on a touch screen no control is below 44 CSS pixels; where the full
// controls cannot be that big, the essential ones are, and the rest give way (AutoMinimal).
func TestReadableEverywhere(t *testing.T) {
	for _, sc := range screens {
		for _, dpr := range []float64{1, 2} {
			for _, touch := range []bool{false, true} {
				t.Run(fmt.Sprintf("%s@%gx touch=%v", sc.name, dpr, touch), func(t *testing.T) {
					l := New(Params{Size: sc.size.Mul(dpr), Scale: dpr, Bakers: 2, Eaters: 2, Capacity: 6, Touch: touch})
					for name, size := range map[string]float64{"title": l.TitleSize, "text": l.TextSize, "small": l.SmallSize} {
						assert.GreaterOrEqual(t, l.CSS(size), float64(MinText), "%s text", name)
					}
					least := float64(MinPoint)
					if touch {
						least = MinTouch
					}
					require.NotEmpty(t, l.Buttons, "some controls are always in reach")
					for _, b := range l.Buttons {
						assert.GreaterOrEqual(t, l.CSS(b.Rect.Dx())+1e-9, least, "%v is %.0f px wide", b.Action, l.CSS(b.Rect.Dx()))
						assert.GreaterOrEqual(t, l.CSS(b.Rect.Dy())+1e-9, least, "%v is %.0f px high", b.Action, l.CSS(b.Rect.Dy()))
					}
					assert.GreaterOrEqual(t, l.CSS(l.Replay.Rect.Dy())+1e-9, float64(MinTouch))
					if !l.AutoMinimal {
						for _, b := range control.Bindings {
							if onBar(b.Action) {
								buttonFor(t, l, b.Action)
							}
						}
					}
					// The controls leave the scene most of the screen.
					assert.Less(t, l.Controls.Dy(), l.Size.Y*0.43)
					assert.Greater(t, l.Table.Dy(), l.Size.Y*0.4)
					t.Logf("controls: %d rows, auto-minimal %v", rows(l), l.AutoMinimal)
				})
			}
		}
	}
}

func rows(l *Layout) int {
	ys := map[float64]bool{}
	for _, b := range l.Buttons {
		ys[b.Rect.Min.Y] = true
	}
	return len(ys)
}

// TestPortraitPutsThePlateOnTop: on a phone held upright the plate is above the bakers and eaters, who stand
// side by side below it, and the controls are at the bottom, in reach of a thumb.
func TestPortraitPutsThePlateOnTop(t *testing.T) {
	l := New(Params{Size: Pt(390, 844), Scale: 1, Bakers: 2, Eaters: 2, Capacity: 6, Touch: true})
	require.True(t, l.Portrait)
	for _, side := range []Side{l.Bakers, l.Eaters} {
		for _, a := range side.Actors {
			assert.Greater(t, a.Cell.Min.Y, l.Plate.Center.Y+l.Plate.R, "actors below the plate")
		}
	}
	assert.Less(t, l.Bakers.Actors[0].Center.X, l.Eaters.Actors[0].Center.X, "bakers left, eaters right")
	assert.Greater(t, l.Controls.Min.Y, l.Size.Y/2, "controls in the lower half")
	assert.Greater(t, l.Plate.R, 60.0, "the plate is big enough to see")
}

// TestAddingAnActorMovesNoOther: while the grid has room, a new baker or eater takes a free place and nobody
// else moves; seed's two bakers stand in a grid of three.
func TestAddingAnActorMovesNoOther(t *testing.T) {
	for _, sz := range []Point{Pt(1280, 720), Pt(800, 450), Pt(390, 844)} {
		prev := New(Params{Size: sz, Scale: 1, Bakers: 1, Eaters: 1, Capacity: 6})
		for n := 2; n <= 64; n++ {
			cur := New(Params{Size: sz, Scale: 1, Bakers: n, Eaters: n, Capacity: 6,
				BakerCells: Cells(n, prev.BakerCells), EaterCells: Cells(n, prev.EaterCells)})
			if cur.BakerCells == prev.BakerCells {
				for i := range n - 1 {
					assert.Equal(t, prev.Bakers.Actors[i].Center, cur.Bakers.Actors[i].Center, "%v: baker %d moved going to %d", sz, i, n)
					assert.Equal(t, prev.Eaters.Actors[i].Center, cur.Eaters.Actors[i].Center, "%v: eater %d moved going to %d", sz, i, n)
				}
			}
			prev = cur
		}
	}
	assert.Equal(t, 3, Cells(2, 0), "seed's two bakers have room for a third")
	assert.Equal(t, 6, Cells(3, 6), "one leaving keeps the grid")
	assert.Equal(t, 1, Cells(1, 6), "but a grid far too big shrinks")
}

// TestLoavesInHandsClearFacesAndNames: a loaf in a hand covers neither the face nor the name.
func TestLoavesInHandsClearFacesAndNames(t *testing.T) {
	for _, sc := range screens {
		for _, n := range []int{1, 2, 3, 6, 12, 30, 64} {
			l := New(Params{Size: sc.size, Scale: 1, Bakers: n, Eaters: n, Capacity: 2})
			for _, side := range []Side{l.Bakers, l.Eaters} {
				for i, a := range side.Actors {
					rx, ry := a.LoafR, a.LoafR*0.74
					// The nearest point of the loaf's bounding box to the face's centre is outside the face.
					nx := clamp(a.Head.Center.X, a.Hand.X-rx, a.Hand.X+rx)
					ny := clamp(a.Head.Center.Y, a.Hand.Y-ry, a.Hand.Y+ry)
					assert.Greater(t, Pt(nx, ny).Dist(a.Head.Center), a.Head.R, "%s n=%d actor %d: loaf over the face", sc.name, n, i)
					if side.Names {
						assert.Less(t, a.Hand.Y+ry, a.NameBox.Min.Y, "%s n=%d actor %d: loaf over the name", sc.name, n, i)
					}
				}
			}
		}
	}
}

// TestOverCapacityLoavesHaveAPlace: loaves left over a shrunk capacity have places on the plate that do not
// overlap one another or the slots.
func TestOverCapacityLoavesHaveAPlace(t *testing.T) {
	for _, k := range []int{0, 1, 2, 6, 24, 30, 100} {
		for _, n := range []int{1, 5, 40} {
			l := New(Params{Size: Pt(1280, 720), Scale: 1, Bakers: 2, Eaters: 2, Capacity: k})
			p := l.Plate
			over := p.Over(n)
			require.Len(t, over, n)
			for i, s := range over {
				assert.Less(t, p.Center.Dist(s.Center)+s.R, p.R*1.001, "k=%d n=%d: over-loaf %d off the plate", k, n, i)
				for j := range i {
					assert.GreaterOrEqual(t, s.Center.Dist(over[j].Center)+1e-9, s.R+over[j].R, "k=%d: over-loaves %d and %d overlap", k, j, i)
				}
				for j, sl := range p.Slots {
					assert.GreaterOrEqual(t, s.Center.Dist(sl.Center)+1e-9, s.R+sl.R*0.9, "k=%d: over-loaf %d covers slot %d", k, i, j)
				}
			}
		}
	}
}

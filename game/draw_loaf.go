package game

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/palette"
	"github.com/gobakery/bakery/game/scene"
)

// bites is how many bites an eater takes of a loaf; the loaf shrinks by one at each.
const bites = 5

// drawLoaves paints loaves where the scene puts them: a stack's loaves as labelled squares, others as loaves;
// an eater's loaf shrinks bite by bite once it has landed.
func (g *Game) drawLoaves(dst *ebiten.Image, lay *layout.Layout, items []scene.Item) {
	stack := lay.Plate.Mode == layout.Stack
	for _, it := range items {
		colour := g.f.Colour(it.Loaf.Baker)
		label := g.f.Label(it.Loaf).Short
		if it.Where == scene.OnPlate && stack && !it.Flying {
			g.drawCell(dst, lay, it.Pos, it.R, colour, label)
			continue
		}
		r := it.R
		if it.Where == scene.Eating && !it.Flying {
			r *= 1 - 0.6*math.Floor(it.Progress*bites)/bites
		}
		g.drawLoaf(dst, lay, it.Pos, r, colour, label, it.Flying)
		if it.Where == scene.OverPlate && !it.Flying {
			// Over the capacity: a ring in the full colour says this loaf is more than the plate now holds.
			g.pen.ring(dst, it.Pos, it.R*1.05, max(1.5*lay.Unit, it.R*0.12), g.theme.Full)
		}
	}
}

// drawCell paints a loaf in a compact stack: a square of its baker's colour, labelled if the label can be read
// and fits.
func (g *Game) drawCell(dst *ebiten.Image, lay *layout.Layout, c layout.Point, r float64, colour int, label string) {
	col := palette.Loaf(colour)
	if g.firstFrame() {
		g.pen.box(dst, layout.R(c.X-r, c.Y-r, 2*r, 2*r), r*0.3, col)
		return
	}
	g.blitScaled(dst, g.sprites.cells[colour%len(g.sprites.cells)], c, r, loafRef)
	fc := g.face(lay.SmallSize, true)
	if r*0.8 >= lay.SmallSize && width(label, fc) <= r*1.9 {
		g.write(dst, label, fc, c, alignCenter, alignCenter, palette.Ink(col))
	}
}

// drawLoaf paints a loaf from its sprite, with its label (baker's initial and number) in the middle, clear of
// layout.Probe; a flying loaf casts a shadow.
func (g *Game) drawLoaf(dst *ebiten.Image, lay *layout.Layout, c layout.Point, r float64, colour int, label string, flying bool) {
	if r <= 0.5 {
		return
	}
	if g.firstFrame() {
		g.drawLoafShape(dst, c, r, palette.Loaf(colour))
		return
	}
	img := g.sprites.loaves[colour%len(g.sprites.loaves)]
	if flying {
		g.blitShadow(dst, img, c.Add(layout.Pt(r*0.15, r*0.35)), r, loafRef)
	}
	g.blitScaled(dst, img, c, r, loafRef)
	// A label only where it can be read and fits inside the loaf: the tooltip names the rest.
	if label == "" || flying {
		return
	}
	// The largest size from half the loaf down to the smallest readable one at which the label fits.
	// The loop counts down the size asked for, not the face's: faces are rounded to half pixels, so a face
	// asked for at SmallSize may be a little larger, and a loop on its size never ended (a window 800×900 hung).
	size := clamp(r*0.5, lay.SmallSize, lay.TitleSize*1.2)
	fc := g.face(size, true)
	for size > lay.SmallSize && width(label, fc) > r*1.05 {
		size = max(size-2*lay.Scale, lay.SmallSize)
		fc = g.face(size, true)
	}
	if fc.Size > r*0.9 || width(label, fc) > r*1.05 {
		return
	}
	g.write(dst, label, fc, c.Add(layout.Pt(0, r*0.74*0.12)), alignCenter, alignCenter, palette.Ink(palette.Loaf(colour)))
}

// drawLoafShape paints a loaf seen from above: an oval of its baker's colour with a darker crust and three scores
// across its top.
func (g *Game) drawLoafShape(dst *ebiten.Image, c layout.Point, r float64, col color.RGBA) {
	rx, ry := r, r*0.74
	crust := mix(col, color.RGBA{0x40, 0x28, 0x10, 0xFF}, 0.45)
	g.pen.oval(dst, c, rx, ry, crust)
	g.pen.oval(dst, c, rx-max(1, r*0.09), ry-max(1, r*0.09), col)
	score := mix(col, color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}, 0.5)
	for _, dx := range []float64{-0.42, 0, 0.42} {
		x := c.X + dx*r
		g.pen.line(dst, layout.Pt(x-r*0.06, c.Y-ry*0.78), layout.Pt(x+r*0.1, c.Y-ry*0.45), max(1, r*0.07), score)
	}
}

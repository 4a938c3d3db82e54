package game

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/palette"
	"github.com/gobakery/bakery/sim"
)

// bites is how many bites an eater takes of a loaf; the loaf shrinks by one at each.
const bites = 5

// drawLoaves paints every loaf where its sprite is: on the plate first, then in hands, so that loaves flying
// to an eater pass over the plate.
func (g *Game) drawLoaves(dst *ebiten.Image, lay *layout.Layout) {
	stack := lay.Plate.Mode == layout.Stack
	for _, l := range g.f.Snap.Plate {
		g.drawLoafSprite(dst, lay, l, 1, stack)
	}
	for _, a := range g.f.Snap.Bakers {
		if a.HasLoaf {
			g.drawLoafSprite(dst, lay, a.Loaf, 1, false)
		}
	}
	for _, a := range g.f.Snap.Eaters {
		if a.HasLoaf {
			// Bite by bite: the loaf shrinks as the meal goes on, once it has landed.
			left := 1.0
			if s := g.loaves.Get(a.Loaf.ID); s != nil && !s.Flying(g.f.Now) {
				left = 1 - 0.6*math.Floor(a.Progress*bites)/bites
			}
			g.drawLoafSprite(dst, lay, a.Loaf, left, false)
		}
	}
}

func (g *Game) drawLoafSprite(dst *ebiten.Image, lay *layout.Layout, l sim.Loaf, scale float64, small bool) {
	s := g.loaves.Get(l.ID)
	if s == nil {
		return
	}
	p, r := s.At(g.f.Now)
	flying := s.Flying(g.f.Now)
	colour := g.f.Colour(l.Baker)
	if small && !flying {
		g.drawCell(dst, lay, p, r, colour, l)
		return
	}
	g.drawLoaf(dst, lay, p, r*scale, colour, g.f.Label(l).Short, flying)
}

// drawCell paints a loaf in a compact stack: a square of its baker's colour, labelled if there is room.
func (g *Game) drawCell(dst *ebiten.Image, lay *layout.Layout, c layout.Point, r float64, colour int, l sim.Loaf) {
	col := palette.Loaf(colour)
	g.blitScaled(dst, g.sprites.cells[colour%len(g.sprites.cells)], c, r, loafRef)
	if r >= 9*lay.Unit {
		fc := g.fonts.face(r*0.8, true)
		g.write(dst, g.f.Label(l).Short, fc, c, alignCenter, alignCenter, palette.Ink(col))
	}
}

// drawLoaf paints a loaf from its sprite, with its label (baker's initial and number) in the middle, clear of
// layout.Probe; a flying loaf casts a shadow.
func (g *Game) drawLoaf(dst *ebiten.Image, lay *layout.Layout, c layout.Point, r float64, colour int, label string, flying bool) {
	if r <= 0.5 {
		return
	}
	img := g.sprites.loaves[colour%len(g.sprites.loaves)]
	if flying {
		g.blitShadow(dst, img, c.Add(layout.Pt(r*0.15, r*0.35)), r, loafRef)
	}
	g.blitScaled(dst, img, c, r, loafRef)
	if label == "" || r < 7*lay.Unit {
		return
	}
	fc := g.fonts.face(r*0.62, true)
	for fc.Size > 6 && width(label, fc) > r*1.05 {
		fc = g.fonts.face(fc.Size-1, true)
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

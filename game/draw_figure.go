package game

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/palette"
	"github.com/gobakery/bakery/sim"
)

// drawActorShapes paints one figure straight onto dst, as its sprites would show it: the page's first frame
// draws the scene without building the sprite sheets, which on a software GPU cost more than the shapes.
func (g *Game) drawActorShapes(dst *ebiten.Image, a layout.Actor, v sim.ActorView, u float64, baker, greyed bool) {
	coat := eaterCoat
	if baker {
		coat = palette.Loaf(g.f.Colour(v.ID))
		g.drawOven(dst, a.Oven, a.R, v.State == sim.Baking, greyed)
	}
	if v.State.Busy() {
		g.drawProgress(dst, a.Center, a.R, u, ringStep(v.Progress))
	}
	g.drawFigure(dst, a.Center, a.R, u, baker, coat, greyed)
}

// drawProgress paints step k of the progress ring around a figure of head radius r centred at c.
func (g *Game) drawProgress(dst *ebiten.Image, c layout.Point, r, u float64, k int) {
	ringR, ringW := r*1.55, max(2*u, r*0.13)
	g.pen.ring(dst, c, ringR, ringW, withAlpha(g.theme.Ring, 0x30))
	g.pen.arc(dst, c, ringR, ringW, float64(k)/ringSteps, g.theme.Ring)
}

// drawFigure paints a figure centred at c with head radius r, seen from the front and a little above so that hats
// and napkins read: shoulders, head, a chef's hat or a napkin, eyes looking at the plate, and for a greyed
// figure its mark (a tick for a baker who is done, a cross for an eater sent home).
func (g *Game) drawFigure(dst *ebiten.Image, c layout.Point, r, u float64, baker bool, coat color.RGBA, greyed bool) {
	th := g.theme
	skin, hat := th.Skin, th.Hat
	if greyed {
		coat, skin, hat = th.Done, mix(th.Done, th.Plate, 0.4), mix(th.Done, th.Plate, 0.6)
	}
	body := c.Add(layout.Pt(0, r*0.75))
	g.pen.oval(dst, body, r*1.25, r*0.7, coat)
	head := c.Add(layout.Pt(0, -r*0.12))
	g.pen.circle(dst, head, r*0.62, skin)
	if baker {
		// A chef's hat: a band and three puffs.
		band := layout.R(head.X-r*0.5, head.Y-r*0.78, r, r*0.3)
		g.pen.box(dst, band, r*0.06, hat)
		for _, dx := range []float64{-0.34, 0, 0.34} {
			g.pen.circle(dst, layout.Pt(head.X+dx*r, head.Y-r*0.98), r*0.36, hat)
		}
		g.pen.boxLine(dst, band, r*0.06, max(1, r*0.05), withAlpha(th.Ring, 0x40))
	} else {
		// A napkin tucked in at the neck: a white triangle with a knot.
		top := head.Y + r*0.5
		g.pen.poly(dst, hat, layout.Pt(head.X-r*0.5, top), layout.Pt(head.X+r*0.5, top), layout.Pt(head.X, top+r*0.75))
		g.pen.circle(dst, layout.Pt(head.X, top+r*0.05), r*0.12, mix(hat, th.Slot, 0.5))
	}
	if !greyed {
		look := 0.16
		if !baker {
			look = -0.16
		}
		eye := mix(th.Text, skin, 0.1)
		for _, dx := range []float64{-0.2, 0.2} {
			g.pen.circle(dst, layout.Pt(head.X+(dx+look)*r, head.Y+r*0.02), max(1, r*0.07), eye)
		}
		return
	}
	g.drawMark(dst, c, r, u, baker)
}

// drawOven paints a baker's oven centred at c for a baker of head radius r: dark when idle, with a flame
// behind its glowing door when hot, paler when the baker is done.
func (g *Game) drawOven(dst *ebiten.Image, c layout.Point, r float64, hot, greyed bool) {
	th := g.theme
	w, h := r*1.1, r*1.5
	box := layout.R(c.X-w/2, c.Y-h/2, w, h)
	oven := th.Oven
	if greyed {
		oven = mix(th.Oven, th.Done, 0.6)
	}
	g.pen.box(dst, box, r*0.15, oven)
	door := box.Inset(r * 0.14)
	door.Min.Y += h * 0.22
	if hot {
		dc := door.Center()
		g.pen.box(dst, door, r*0.1, th.Glow)
		// A flame: a teardrop of a circle and a point.
		f := door.Dx() * 0.28
		flame := color.RGBA{0xFF, 0xE0, 0x6B, 0xFF}
		g.pen.circle(dst, dc.Add(layout.Pt(0, f*0.3)), f, flame)
		g.pen.poly(dst, flame, dc.Add(layout.Pt(-f*0.9, f*0.1)), dc.Add(layout.Pt(0, -f*1.6)), dc.Add(layout.Pt(f*0.9, f*0.1)))
	} else {
		g.pen.box(dst, door, r*0.1, mix(oven, th.Background, 0.15))
	}
	for _, dx := range []float64{-0.22, 0.22} {
		g.pen.circle(dst, layout.Pt(box.Center().X+dx*w, box.Min.Y+h*0.12), r*0.07, mix(oven, th.Plate, 0.5))
	}
}

// drawMark puts a tick (done baker) or a cross (eater sent home) in a badge at the shoulder of the figure
// centred at c.
func (g *Game) drawMark(dst *ebiten.Image, c layout.Point, r, u float64, tick bool) {
	th := g.theme
	rr := max(r*0.45, 5*u)
	m := c.Add(layout.Pt(r*0.95, r*0.9))
	g.pen.circle(dst, m, rr, th.Plate)
	g.pen.ring(dst, m, rr, max(1, rr*0.15), palette.Ink(th.Plate))
	if tick {
		g.pen.tick(dst, m, rr*1.1, max(1.5, rr*0.28), color.RGBA{0x00, 0x7A, 0x4D, 0xFF})
	} else {
		g.pen.cross(dst, m, rr*0.9, max(1.5, rr*0.25), palette.Ink(th.Plate))
	}
}

package game

import (
	"fmt"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/palette"
)

// plateLook is which of the plate's sprites shows: a full plate has a thick rim in the full colour, an empty
// one a dashed rim, so they differ without colour too (and the count beside says FULL or EMPTY).
type plateLook int

const (
	plainPlate plateLook = iota
	fullPlate
	emptyPlate
)

// drawPlate paints the plate from its sprite, the head mark and the "4 / 6" count. The count, FULL, EMPTY and
// OVER count the loaves drawn on the plate (landed, not in flight), so that they agree with the picture at
// every frame.
func (g *Game) drawPlate(dst *ebiten.Image, lay *layout.Layout) {
	th, u, p := g.theme, lay.Unit, lay.Plate
	n, k := g.loaves.OnPlate(), g.f.Snap.Capacity
	full, empty := k > 0 && n >= k, n == 0
	look := plainPlate
	switch {
	case full:
		look = fullPlate
	case empty && k > 0:
		look = emptyPlate
	}
	if g.firstFrame() {
		g.drawPlateShape(dst, p, u, look)
	} else {
		g.blitK(dst, g.sprites.plates[look], p.Center, p.R/g.sprites.plateR, 1)
	}
	switch p.Mode {
	case layout.HandToHand:
		if n == 0 {
			fc := g.face(lay.SmallSize, true)
			g.write(dst, "no room", fc, p.Center.Add(layout.Pt(0, -lay.SmallSize*0.6)), alignCenter, alignCenter, palette.Ink(th.Plate))
			g.write(dst, "hand to hand", g.face(lay.SmallSize, false), p.Center.Add(layout.Pt(0, lay.SmallSize*0.6)),
				alignCenter, alignCenter, palette.Ink(th.Plate))
		}
	case layout.Ring, layout.Stack:
		g.drawHeadMark(dst, lay)
	}
	if g.firstFrame() {
		return // the count and its badge come with the second frame, with the other words
	}

	fc := g.face(lay.TextSize, true)
	if k == 0 {
		word := "plate 0: like an unbuffered channel"
		if n > 0 {
			word = fmt.Sprintf("%d left over from a bigger plate", n)
		}
		g.write(dst, fit(word, g.face(lay.SmallSize, false), lay.Table.Dx()), g.face(lay.SmallSize, false), p.Count,
			alignCenter, alignCenter, th.Muted)
		return
	}
	count := fmt.Sprintf("%d / %d", n, k)
	g.write(dst, count, fc, p.Count, alignCenter, alignCenter, th.Text)
	badge := g.sprites.empty
	switch {
	case n > k:
		badge = g.sprites.over
	case full:
		badge = g.sprites.full
	case !empty:
		badge = nil
	}
	if badge != nil {
		w := width(count, fc)
		g.blitAt(dst, badge, p.Count.Add(layout.Pt(w/2+8*u, -float64(badge.Bounds().Dy())/2)))
	}
}

// drawHeadMark points at the head slot, the next loaf out, with an arrow toward the eaters.
func (g *Game) drawHeadMark(dst *ebiten.Image, lay *layout.Layout) {
	p := lay.Plate
	if len(p.Slots) == 0 {
		return
	}
	th, u := g.theme, lay.Unit
	s := p.Slots[0]
	var tip layout.Point
	if p.Mode == layout.Ring && len(p.Slots) > 1 {
		tip = layout.Pt(p.Center.X+p.R*0.985, s.Center.Y)
	} else {
		tip = layout.Pt(s.Center.X-s.R*1.2, s.Center.Y)
		// In a stack the head is the first cell: point at it from its left, inside the plate.
		a := 5 * u
		g.pen.poly(dst, palette.Ink(th.Plate), tip, tip.Add(layout.Pt(-a*1.4, -a)), tip.Add(layout.Pt(-a*1.4, a)))
		return
	}
	a := max(5*u, p.R*0.045)
	g.pen.poly(dst, palette.Ink(th.Plate), tip.Add(layout.Pt(a*0.6, 0)), tip.Add(layout.Pt(-a, -a)), tip.Add(layout.Pt(-a, a)))
}

// drawPlateShape paints plate p, with every slot empty: loaves are drawn over their slots.
func (g *Game) drawPlateShape(dst *ebiten.Image, p layout.Plate, u float64, look plateLook) {
	th := g.theme
	c := p.Center
	r := p.R
	if p.Mode == layout.HandToHand {
		r = p.R * 0.55
	}
	g.pen.circle(dst, c.Add(layout.Pt(0, 5*u)), r*1.02, th.Shadow)
	rim, rimW := th.PlateRim, r*0.06
	switch look {
	case fullPlate:
		rim, rimW = th.Full, r*0.08
	case emptyPlate:
		rim = mix(th.PlateRim, th.Empty, 0.35)
	}
	g.pen.circle(dst, c, r, rim)
	g.pen.circle(dst, c, r-rimW, th.Plate)
	if look == emptyPlate {
		// Dashes on the rim: an empty plate.
		for i := range 24 {
			a := float64(i) * 2 * math.Pi / 24
			g.pen.circle(dst, c.Add(layout.Pt(math.Cos(a), math.Sin(a)).Mul(r-rimW/2)), rimW*0.32, th.Plate)
		}
	}
	g.pen.ring(dst, c, r*0.86, max(1, 1*u), mix(th.Plate, th.PlateRim, 0.5))
	switch p.Mode {
	case layout.Ring:
		for _, s := range p.Slots {
			g.pen.ring(dst, s.Center, s.R*0.9, max(1.2*u, s.R*0.07), th.Slot)
		}
	case layout.Stack:
		cell := mix(th.Plate, th.Slot, 0.35)
		for _, s := range p.Slots {
			sc := s.Center
			g.pen.box(dst, layout.Rect{Min: sc.Sub(layout.Pt(s.R, s.R)), Max: sc.Add(layout.Pt(s.R, s.R))}, s.R*0.3, cell)
		}
	}
}

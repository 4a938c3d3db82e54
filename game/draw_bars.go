package game

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/sim"
)

// drawActorBars paints, over the run so far, how each baker and each eater spent its time: one column per
// actor, busy (baking or eating) from the bottom and waiting (blocked at a full plate, starved at an empty one)
// above it, in the plate's full and empty colours; the rest of the column is the time it was not there yet or
// had left. Bakers on the left, eaters on the right, as in the scene, under one legend.
func (g *Game) drawActorBars(dst *ebiten.Image, lay *layout.Layout, r layout.Rect) {
	th, u := g.theme, lay.Unit
	st := &g.f.Snap.Stats
	g.pen.box(dst, r, 6*u, mix(th.Panel, th.Plate, 0.5))
	busy := mix(th.Text, th.Panel, 0.45)
	g.drawLegend(dst, layout.Pt(r.Min.X+6*u, r.Min.Y+lay.SmallSize*0.8), r.Dx()-12*u, lay,
		legendItem{"busy", busy}, legendItem{"blocked", th.Full}, legendItem{"starved", th.Empty})
	area := layout.Rect{Min: layout.Pt(r.Min.X+6*u, r.Min.Y+lay.SmallSize*1.7), Max: layout.Pt(r.Max.X-6*u, r.Max.Y-4*u)}
	if area.Dy() < 8*u {
		return
	}
	half := (area.Dx() - 8*u) / 2
	for i, group := range [][]sim.ActorStats{st.Bakers, st.Eaters} {
		waitCol := th.Full
		if i == 1 {
			waitCol = th.Empty
		}
		n := len(group)
		if n == 0 {
			continue
		}
		x0 := area.Min.X + float64(i)*(half+8*u)
		step := half / float64(n)
		gap := min(step*0.25, 3*u)
		h := area.Dy()
		for k, a := range group {
			bx, bw := x0+float64(k)*step, max(step-gap, 1)
			hb, hw := h*clamp01(a.Busy), h*clamp01(a.Wait)
			g.pen.rect(dst, layout.R(bx, area.Min.Y, bw, h), withAlpha(th.PlateRim, 0x40))
			g.pen.rect(dst, layout.R(bx, area.Max.Y-hb, bw, hb), busy)
			g.pen.rect(dst, layout.R(bx, area.Max.Y-hb-hw, bw, hw), waitCol)
		}
	}
}

// legendItem is one word of a legend and its colour.
type legendItem struct {
	word string
	col  color.RGBA
}

// drawLegend writes the items at p (the left, centred vertically), each after a swatch of its colour, as many
// as fit in w.
func (g *Game) drawLegend(dst *ebiten.Image, p layout.Point, w float64, lay *layout.Layout, items ...legendItem) {
	reg := g.face(lay.SmallSize, false)
	sw := lay.SmallSize * 0.7
	end := p.X + w
	for _, it := range items {
		ww := width(it.word, reg)
		if p.X+sw*1.4+ww > end {
			return
		}
		g.pen.rect(dst, layout.R(p.X, p.Y-sw/2, sw, sw), it.col)
		p.X += sw * 1.4
		g.write(dst, it.word, reg, p, alignStart, alignCenter, g.theme.Muted)
		p.X += ww + sw*1.1
	}
}

// clamp01 keeps f in [0, 1].
func clamp01(f float64) float64 { return min(max(f, 0), 1) }

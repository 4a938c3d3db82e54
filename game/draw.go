package game

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/scene"
	"github.com/gobakery/bakery/sim"
)

// draw paints the whole screen for lay. It reads the game's state and changes nothing.
func (g *Game) draw(dst *ebiten.Image, lay *layout.Layout) {
	dst.Fill(g.theme.Background)
	if g.firstFrame() {
		g.drawTable(dst, lay.Table.Inset(-6*lay.Unit), lay.Unit) // the first frame builds no sprites
	} else {
		g.blitScaledTo(dst, g.sprites.table, lay.Table.Inset(-6*lay.Unit))
	}
	g.drawPlate(dst, lay)
	// Loaves on the plate and in flight go under the figures, so that none covers a face or a name; loaves in
	// hands sit beside the face, clear of it.
	items := g.loaves.Items()
	n := 0
	for n < len(items) && (items[n].Flying || items[n].Where <= scene.OverPlate) {
		n++
	}
	g.drawLoaves(dst, lay, items[:n])
	g.drawSide(dst, lay, true)
	g.drawSide(dst, lay, false)
	g.drawLoaves(dst, lay, items[n:])
	g.drawSelection(dst, lay)
	if g.firstFrame() {
		// The first frame is the scene alone, as soon as it can be shown: the words, the controls, the bubbles
		// and every card and overlay come with the next.
		return
	}
	g.drawTop(dst, lay)
	if !lay.Minimal {
		g.drawControls(dst, lay)
	}
	g.flushText(dst)
	// Bubbles, then overlays, each a layer above the texts of the scene.
	g.drawBubbles(dst, lay, true)
	g.drawBubbles(dst, lay, false)
	g.flushText(dst)
	if g.f.Snap.Finished {
		g.drawFinished(dst, lay)
		g.flushText(dst)
	}
	if g.full >= 1 || g.shot.active() {
		// The panels come with the frame after the first full one: the first ones show the scene as soon as they can.
		g.drawCode(dst, lay)
		g.drawChart(dst, lay)
		g.drawWhatIf(dst, lay)
	}
	g.drawTour(dst, lay)
	g.flushText(dst)
	g.drawNote(dst, lay)
	g.drawStepCaption(dst, lay)
	g.drawTooltip(dst, lay)
	g.flushText(dst)
	if g.help {
		g.drawHelp(dst, lay)
		g.flushText(dst)
	}
}

// drawTable paints the tabletop inside r, 6 units in from its edges: wood with a darker edge and a few grain
// lines.
func (g *Game) drawTable(dst *ebiten.Image, r layout.Rect, u float64) {
	th := g.theme
	t := r.Inset(6 * u)
	g.pen.box(dst, layout.Rect{Min: t.Min.Add(layout.Pt(0, 4*u)), Max: t.Max.Add(layout.Pt(0, 4*u))}, 18*u, th.Shadow)
	g.pen.box(dst, t, 18*u, th.TableEdge)
	in := t.Inset(5 * u)
	g.pen.box(dst, in, 14*u, th.Table)
	grain := mix(th.Table, th.TableEdge, 0.22)
	for i := 1; i < 6; i++ {
		y := in.Min.Y + in.Dy()*float64(i)/6
		g.pen.line(dst, layout.Pt(in.Min.X+20*u, y), layout.Pt(in.Max.X-20*u, y+3*u), 1.5*u, grain)
	}
}

// blitAt draws img with its top left corner at p.
func (g *Game) blitAt(dst, img *ebiten.Image, p layout.Point) {
	if img == nil {
		return
	}
	var op ebiten.DrawImageOptions
	op.GeoM.Translate(math.Round(p.X), math.Round(p.Y))
	dst.DrawImage(img, &op)
}

// drawSelection rings the actor the learner follows.
func (g *Game) drawSelection(dst *ebiten.Image, lay *layout.Layout) {
	if g.selected == 0 {
		return
	}
	for _, side := range []struct {
		views []sim.ActorView
		at    []layout.Actor
	}{{g.f.Snap.Bakers, lay.Bakers.Actors}, {g.f.Snap.Eaters, lay.Eaters.Actors}} {
		for _, v := range side.views {
			if v.ID != g.selected {
				continue
			}
			if i, ok := g.places.Of(v); ok && i < len(side.at) {
				a := side.at[i]
				g.pen.ring(dst, a.Center, a.R*1.9, max(2*lay.Scale, a.R*0.12), g.theme.Full)
			}
		}
	}
}

// drawPanel paints the frame of a panel (the code, the charts, the what-if sweep, the tour's card) over r.
func (g *Game) drawPanel(dst *ebiten.Image, lay *layout.Layout, r layout.Rect) {
	u := lay.Unit
	g.pen.box(dst, r, 12*u, g.theme.Panel)
	g.pen.boxLine(dst, r, 12*u, max(1, lay.Scale), g.theme.PlateRim)
}

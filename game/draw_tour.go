package game

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/session"
)

// drawTour paints the tour's card above the scene: the chapter, one sentence to read, one thing to watch and
// one to try, a challenge's check against the exact theory, and buttons back, on and out.
func (g *Game) drawTour(dst *ebiten.Image, lay *layout.Layout) {
	c := lay.TourCard
	tf := g.f.Tour
	if c.Empty() || tf == nil {
		return
	}
	th, u := g.theme, lay.Unit
	g.drawPanel(dst, lay, c)
	left := c.Max.X
	for _, b := range lay.Buttons {
		word, ok := map[control.Action]string{control.TourBack: "‹ Back", control.TourNext: "Next ›", control.TourLeave: "Close"}[b.Action]
		if !ok {
			continue
		}
		r := b.Rect
		left = min(left, r.Min.X)
		bg := th.Button
		if r.Contains(g.hover) {
			bg = mix(bg, th.Text, 0.12)
		}
		g.pen.box(dst, r, r.Dy()*0.22, bg)
		g.pen.boxLine(dst, r, r.Dy()*0.22, max(1, lay.Scale), th.PlateRim)
		fc := g.face(lay.SmallSize, true)
		g.write(dst, fit(word, fc, r.Dx()-4), fc, r.Center(), alignCenter, alignCenter, th.ButtonText)
	}
	bold, reg := g.face(lay.TextSize, true), g.face(lay.SmallSize, false)
	x, w := c.Min.X+14*u, left-c.Min.X-24*u
	y := c.Min.Y + 8*u + lay.TextSize*0.6
	g.write(dst, fit(fmt.Sprintf("%d of %d · %s", tf.N, tf.Of, tf.Chapter.Title), bold, w), bold, layout.Pt(x, y), alignStart, alignCenter, th.Text)
	y += lay.TextSize*0.6 + lay.SmallSize*0.9
	for _, l := range tourParagraphs(tf) {
		for _, part := range wrap(l, reg, w) {
			if y+lay.SmallSize*0.7 > c.Max.Y {
				return
			}
			g.write(dst, part, reg, layout.Pt(x, y), alignStart, alignCenter, th.Text)
			y += lay.SmallSize * 1.45
		}
	}
}

// tourParagraphs are the card's paragraphs under its title: the sentence to read, what to watch and what to
// try, and for a challenge its check against the exact theory. At most four (layout.Params.TourText).
func tourParagraphs(tf *session.TourFrame) []string {
	if tf == nil {
		return nil
	}
	ch := tf.Chapter
	paras := []string{ch.Read}
	if ch.Watch != "" {
		paras = append(paras, "Watch: "+ch.Watch)
	}
	if ch.Try != "" {
		paras = append(paras, "Try: "+ch.Try)
	}
	if tf.Challenge && tf.Why != "" {
		mark := "Not yet: "
		if tf.OK {
			mark = "Done! "
		}
		paras = append(paras, mark+tf.Why)
	}
	return paras
}

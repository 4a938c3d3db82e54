package game

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/layout"
)

// plotEvery is how many frames the chart's plot and bars are kept before they are drawn again: four times
// fewer than the frames, still a dozen times a second at 60.
const plotEvery = 4

// chartPlots keeps the chart panel's plot of the plate and its per-actor bars as one image, drawn again every
// plotEvery frames and when their place or the theme changes. Drawn every frame, at 64 bakers and 64 eaters,
// their hundreds of bars and the plot's line were a tenth of the frame.
type chartPlots struct {
	img   *ebiten.Image
	atlas atlas
	key   plotsKey
	at    int // the frame they were last drawn at
}

type plotsKey struct {
	plot, bars layout.Rect
	theme      string
}

// drawPlots draws the plot of the plate in plot and the actors' bars in bars, from the image kept for them.
func (g *Game) drawPlots(dst *ebiten.Image, lay *layout.Layout, plot, bars layout.Rect) {
	c := &g.plots
	area := layout.Rect{Min: layout.Pt(min(plot.Min.X, bars.Min.X), min(plot.Min.Y, bars.Min.Y)),
		Max: layout.Pt(max(plot.Max.X, bars.Max.X), max(plot.Max.Y, bars.Max.Y))}
	o := layout.Pt(math.Floor(area.Min.X), math.Floor(area.Min.Y))
	k := plotsKey{plot, bars, g.theme.Name}
	if c.img == nil || c.key != k || g.drawn-c.at >= plotEvery || g.shot.active() {
		c.key, c.at = k, g.drawn
		g.flushText(dst) // what the panel has queued goes to the screen, not into the plots
		c.atlas.reset()
		c.img = c.atlas.image(int(math.Ceil(area.Max.X-o.X))+1, int(math.Ceil(area.Max.Y-o.Y))+1)
		shift := func(r layout.Rect) layout.Rect { return layout.Rect{Min: r.Min.Sub(o), Max: r.Max.Sub(o)} }
		g.drawPlatePlot(c.img, lay, shift(plot))
		g.drawActorBars(c.img, lay, shift(bars))
		g.flushText(c.img)
	}
	var op ebiten.DrawImageOptions
	op.GeoM.Translate(o.X, o.Y)
	dst.DrawImage(c.img, &op)
}

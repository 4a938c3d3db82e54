package record

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/gobakery/bakery/game/palette"
)

// disc is an antialiased disc as an alpha mask: coverage falls from 1 to 0 over the pixel at its edge, which is
// what makes the blends a real renderer leaves at edges.
type disc struct {
	c    image.Point
	r    float64
	hole float64 // inner radius, for a ring; 0 for a full disc
}

func (d disc) ColorModel() color.Model { return color.AlphaModel }
func (d disc) Bounds() image.Rectangle {
	n := int(d.r) + 2
	return image.Rect(d.c.X-n, d.c.Y-n, d.c.X+n, d.c.Y+n)
}
func (d disc) At(x, y int) color.Color {
	dist := math.Hypot(float64(x-d.c.X)+0.5, float64(y-d.c.Y)+0.5)
	a := min(1, max(0, d.r+0.5-dist))
	if d.hole > 0 {
		a = min(a, max(0, dist-(d.hole-0.5)))
	}
	return color.Alpha{uint8(a*255 + 0.5)}
}

func fill(dst *image.RGBA, r image.Rectangle, c color.Color) {
	draw.Draw(dst, r, image.NewUniform(c), image.Point{}, draw.Over)
}

func paint(dst *image.RGBA, d disc, c color.Color) {
	draw.DrawMask(dst, d.Bounds(), image.NewUniform(c), image.Point{}, d, d.Bounds().Min, draw.Over)
}

// scene draws frame i of a synthetic bakery at 800×450 scaled to size, in theme th, at fps frames a second:
// a floor, a table, a plate with loaves coming and going, loaves flying across, bakers' progress rings, a
// shadow and a ticking clock. It changes a little every frame, as the game does.
func scene(th palette.Theme, size image.Point, i, fps int) *image.RGBA {
	img := image.NewRGBA(image.Rectangle{Max: size})
	s := float64(size.X) / 800
	pt := func(x, y float64) image.Point { return image.Pt(int(x*s), int(y*s)) }
	t := float64(i) / float64(fps)
	fill(img, img.Rect, th.Background)
	fill(img, image.Rectangle{pt(60, 300), pt(740, 330)}, th.TableEdge)
	fill(img, image.Rectangle{pt(60, 150), pt(740, 300)}, th.Table)
	paint(img, disc{pt(400, 232), 80 * s, 0}, th.Shadow)
	paint(img, disc{pt(400, 225), 80 * s, 0}, th.PlateRim)
	paint(img, disc{pt(400, 225), 74 * s, 0}, th.Plate)
	onPlate := int(t*1.3) % 7
	for k := range onPlate {
		a := float64(k) * 2 * math.Pi / 6
		paint(img, disc{pt(400+45*math.Cos(a), 225+45*math.Sin(a)), 14 * s, 0}, palette.Loaf(k))
	}
	for b := range 3 { // bakers on the left, eaters on the right, with progress rings
		for side, x := range []float64{120, 680} {
			c := pt(x, 90+float64(b)*110)
			paint(img, disc{c, 26 * s, 0}, th.Skin)
			paint(img, disc{c.Sub(pt(0, 20)), 16 * s, 0}, th.Hat)
			p := math.Mod(t/(1+0.3*float64(b+side)), 1)
			paint(img, disc{c, 34 * s, 30 * s}, th.Ring)
			arc := disc{c, 34 * s, 30 * s}
			cut := image.Rectangle{c.Sub(pt(40, 40)), c.Add(pt(40, 80*(1-p)-40))}
			fill(img, cut.Intersect(arc.Bounds()), th.Background)
		}
	}
	for f := range 2 { // loaves in flight
		u := math.Mod(t*0.7+float64(f)*0.5, 1)
		paint(img, disc{pt(150+500*u, 200-80*math.Sin(u*math.Pi)), 14 * s, 0}, palette.Loaf(f+2))
	}
	panel := image.Rectangle{pt(20, 400), pt(300, 440)}
	fill(img, panel, th.Panel)
	for d, digit := range []int{int(t) / 10 % 10, int(t) % 10, int(t*10) % 10} { // a clock, as bars
		for seg := range digit + 1 {
			fill(img, image.Rectangle{pt(40+float64(d)*60+float64(seg)*5, 410), pt(43+float64(d)*60+float64(seg)*5, 430)}, th.Text)
		}
	}
	return img
}

package game

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"github.com/gobakery/bakery/game/layout"
)

// pen draws filled and stroked shapes with vector paths, reusing its vertex buffers from call to call.
// It is used only from Draw, on the game's goroutine.
type pen struct {
	white *ebiten.Image
	vs    []ebiten.Vertex
	is    []uint16
	path  vector.Path
	op    ebiten.DrawTrianglesOptions
	so    vector.StrokeOptions
	// aa antialiases: on while sprites are drawn, off for the few shapes drawn every frame. Ebitengine
	// antialiases through an offscreen buffer at twice the resolution that grows to cover everything drawn that
	// way and is copied back whenever something else is drawn: every frame that would cost several copies of the
	// whole screen, which a software renderer cannot afford.
	aa bool
}

func newPen() *pen {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return &pen{white: img.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image)}
}

func (p *pen) begin() *vector.Path {
	p.path = vector.Path{}
	return &p.path
}

// fill fills the current path.
func (p *pen) fill(dst *ebiten.Image, c color.Color) {
	p.vs, p.is = p.path.AppendVerticesAndIndicesForFilling(p.vs[:0], p.is[:0])
	p.draw(dst, c)
}

// stroke strokes the current path with width w.
func (p *pen) stroke(dst *ebiten.Image, c color.Color, w float64) {
	p.so = vector.StrokeOptions{Width: float32(w), LineJoin: vector.LineJoinRound, LineCap: vector.LineCapRound}
	p.vs, p.is = p.path.AppendVerticesAndIndicesForStroke(p.vs[:0], p.is[:0], &p.so)
	p.draw(dst, c)
}

func (p *pen) draw(dst *ebiten.Image, c color.Color) {
	r, g, b, a := c.RGBA()
	for i := range p.vs {
		v := &p.vs[i]
		v.SrcX, v.SrcY = 1, 1
		v.ColorR, v.ColorG, v.ColorB, v.ColorA = float32(r)/0xffff, float32(g)/0xffff, float32(b)/0xffff, float32(a)/0xffff
	}
	p.op = ebiten.DrawTrianglesOptions{ColorScaleMode: ebiten.ColorScaleModePremultipliedAlpha, AntiAlias: p.aa}
	dst.DrawTriangles(p.vs, p.is, p.white, &p.op)
}

func (p *pen) circle(dst *ebiten.Image, c layout.Point, r float64, clr color.Color) {
	if r <= 0 {
		return
	}
	path := p.begin()
	path.Arc(float32(c.X), float32(c.Y), float32(r), 0, 2*math.Pi, vector.Clockwise)
	path.Close()
	p.fill(dst, clr)
}

func (p *pen) ring(dst *ebiten.Image, c layout.Point, r, w float64, clr color.Color) {
	if r <= 0 {
		return
	}
	path := p.begin()
	path.Arc(float32(c.X), float32(c.Y), float32(r), 0, 2*math.Pi, vector.Clockwise)
	path.Close()
	p.stroke(dst, clr, w)
}

// arc strokes the part of a circle from the top, clockwise, through fraction f of a turn: a progress ring.
func (p *pen) arc(dst *ebiten.Image, c layout.Point, r, w, f float64, clr color.Color) {
	if f <= 0 || r <= 0 {
		return
	}
	f = min(f, 1)
	path := p.begin()
	a0 := -math.Pi / 2
	path.Arc(float32(c.X), float32(c.Y), float32(r), float32(a0), float32(a0+2*math.Pi*f), vector.Clockwise)
	p.stroke(dst, clr, w)
}

// ellipse appends an ellipse with radii rx, ry centred at c to the current path.
func ellipse(path *vector.Path, c layout.Point, rx, ry float64) {
	const k = 0.5523 // control-point distance for a quarter circle
	x, y := float32(c.X), float32(c.Y)
	a, b := float32(rx), float32(ry)
	ka, kb := float32(k*rx), float32(k*ry)
	path.MoveTo(x+a, y)
	path.CubicTo(x+a, y+kb, x+ka, y+b, x, y+b)
	path.CubicTo(x-ka, y+b, x-a, y+kb, x-a, y)
	path.CubicTo(x-a, y-kb, x-ka, y-b, x, y-b)
	path.CubicTo(x+ka, y-b, x+a, y-kb, x+a, y)
	path.Close()
}

func (p *pen) oval(dst *ebiten.Image, c layout.Point, rx, ry float64, clr color.Color) {
	if rx <= 0 || ry <= 0 {
		return
	}
	ellipse(p.begin(), c, rx, ry)
	p.fill(dst, clr)
}

// roundRect appends a rectangle with corners of radius rad to the current path.
func roundRect(path *vector.Path, r layout.Rect, rad float64) {
	rad = min(rad, r.Dx()/2, r.Dy()/2)
	x0, y0, x1, y1 := float32(r.Min.X), float32(r.Min.Y), float32(r.Max.X), float32(r.Max.Y)
	q := float32(rad)
	path.MoveTo(x0+q, y0)
	path.LineTo(x1-q, y0)
	path.ArcTo(x1, y0, x1, y0+q, q)
	path.LineTo(x1, y1-q)
	path.ArcTo(x1, y1, x1-q, y1, q)
	path.LineTo(x0+q, y1)
	path.ArcTo(x0, y1, x0, y1-q, q)
	path.LineTo(x0, y0+q)
	path.ArcTo(x0, y0, x0+q, y0, q)
	path.Close()
}

func (p *pen) box(dst *ebiten.Image, r layout.Rect, rad float64, clr color.Color) {
	if r.Empty() {
		return
	}
	roundRect(p.begin(), r, rad)
	p.fill(dst, clr)
}

// rect fills an axis-aligned rectangle, without antialiasing, by scaling a white pixel: a copy, batched with
// the frame's other copies, where a path would be triangulated. For the many small bars of a chart.
func (p *pen) rect(dst *ebiten.Image, r layout.Rect, clr color.Color) {
	if r.Empty() {
		return
	}
	var op ebiten.DrawImageOptions
	op.GeoM.Scale(r.Dx(), r.Dy())
	op.GeoM.Translate(r.Min.X, r.Min.Y)
	op.ColorScale.ScaleWithColor(clr)
	dst.DrawImage(p.white, &op)
}

func (p *pen) boxLine(dst *ebiten.Image, r layout.Rect, rad, w float64, clr color.Color) {
	if r.Empty() {
		return
	}
	roundRect(p.begin(), r, rad)
	p.stroke(dst, clr, w)
}

func (p *pen) line(dst *ebiten.Image, a, b layout.Point, w float64, clr color.Color) {
	path := p.begin()
	path.MoveTo(float32(a.X), float32(a.Y))
	path.LineTo(float32(b.X), float32(b.Y))
	p.stroke(dst, clr, w)
}

// trace starts a new path through pts.
func (p *pen) trace(pts []layout.Point) {
	path := p.begin()
	for i, q := range pts {
		if i == 0 {
			path.MoveTo(float32(q.X), float32(q.Y))
		} else {
			path.LineTo(float32(q.X), float32(q.Y))
		}
	}
}

// poly fills the polygon through pts.
func (p *pen) poly(dst *ebiten.Image, clr color.Color, pts ...layout.Point) {
	p.trace(pts)
	p.path.Close()
	p.fill(dst, clr)
}

// polyline strokes the open line through pts.
func (p *pen) polyline(dst *ebiten.Image, w float64, clr color.Color, pts ...layout.Point) {
	p.trace(pts)
	p.stroke(dst, clr, w)
}

// tick draws a check mark centred at c, of size s.
func (p *pen) tick(dst *ebiten.Image, c layout.Point, s, w float64, clr color.Color) {
	p.polyline(dst, w, clr, c.Add(layout.Pt(-0.45*s, 0)), c.Add(layout.Pt(-0.12*s, 0.33*s)), c.Add(layout.Pt(0.5*s, -0.4*s)))
}

// cross draws an X centred at c, of size s.
func (p *pen) cross(dst *ebiten.Image, c layout.Point, s, w float64, clr color.Color) {
	h := s / 2
	p.line(dst, c.Add(layout.Pt(-h, -h)), c.Add(layout.Pt(h, h)), w, clr)
	p.line(dst, c.Add(layout.Pt(-h, h)), c.Add(layout.Pt(h, -h)), w, clr)
}

func withAlpha(c color.RGBA, a uint8) color.RGBA {
	// Colours are premultiplied: scale every channel.
	k := uint16(a)
	return color.RGBA{uint8(uint16(c.R) * k / 255), uint8(uint16(c.G) * k / 255), uint8(uint16(c.B) * k / 255), uint8(uint16(c.A) * k / 255)}
}

func mix(a, b color.RGBA, t float64) color.RGBA {
	l := func(x, y uint8) uint8 { return uint8(float64(x) + (float64(y)-float64(x))*t + 0.5) }
	return color.RGBA{l(a.R, b.R), l(a.G, b.G), l(a.B, b.B), l(a.A, b.A)}
}

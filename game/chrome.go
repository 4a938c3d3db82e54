package game

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/palette"
)

// chrome are the sprites of the interface around the scene: the control bar with its fixed faces, and the
// small icons and badges that change with the state.
type chrome struct {
	bar       *ebiten.Image // the control bar with every fixed button face and caption
	barAt     layout.Point
	presetOn  *ebiten.Image // a preset button, lit: the loaded preset
	buttonHot *ebiten.Image // a square button under the pointer
	play      *ebiten.Image // play and pause icons for the play/pause button
	pause     *ebiten.Image
	status    [3]*ebiten.Image // running, paused, finished icons for the top bar
	clock     *ebiten.Image
	full      *ebiten.Image // the FULL, EMPTY and OVER badges
	empty     *ebiten.Image
	over      *ebiten.Image
}

func (s *sprites) buildChrome(g *Game) {
	lay, th, u := g.lay, g.theme, g.lay.Unit
	c := &s.chrome
	if !lay.Controls.Empty() {
		off := lay.Controls.Min.Mul(-1)
		c.barAt = lay.Controls.Min
		c.bar = s.image(int(math.Ceil(lay.Controls.Dx())), int(math.Ceil(lay.Controls.Dy())))
		w := lay.Controls.Dx()
		g.pen.box(c.bar, layout.R(0, 0, w, lay.Controls.Dy()), 0, th.Panel)
		g.pen.line(c.bar, layout.Pt(0, 0.5*u), layout.Pt(w, 0.5*u), max(1, u), th.PlateRim)
		for _, b := range lay.Buttons {
			b.Rect = shift(b.Rect, off)
			g.pen.box(c.bar, b.Rect, b.Rect.Dy()*0.22, th.Button)
			if b.Action != control.PlayPause && b.Action != control.ToggleRandom {
				g.drawButtonFace(c.bar, lay, b)
			}
			if b.Action == control.ToggleRandom {
				fc := g.face(lay.SmallSize, false)
				g.write(c.bar, "times", fc, layout.Pt(b.Rect.Center().X, b.Rect.Min.Y+b.Rect.Dy()*0.27), alignCenter, alignCenter, th.Muted)
			}
			if _, ok := b.Action.Preset(); ok && c.presetOn == nil {
				c.presetOn = s.button(g, b.Rect, mix(th.Button, th.Glow, 0.55))
			}
			if b.Action == control.Step {
				c.buttonHot = s.button(g, b.Rect, withAlpha(th.Text, 0x20))
			}
		}
		for _, st := range lay.Steppers {
			v := shift(st.Value, off)
			fc := g.face(lay.SmallSize, false)
			g.write(c.bar, fit(st.Kind.String(), fc, v.Dx()), fc, layout.Pt(v.Center().X, v.Min.Y+v.Dy()*0.27), alignCenter, alignCenter, th.Muted)
		}
		g.flushText(c.bar)
		if len(lay.Buttons) > 0 {
			bh := lay.Buttons[0].Rect.Dy()
			c.play, c.pause = s.icon(g, bh*0.26, g.drawPlayIcon, th.ButtonText), s.icon(g, bh*0.26, g.drawPauseIcon, th.ButtonText)
		}
	}
	r := lay.TextSize * 0.5
	c.status[0] = s.icon(g, r, g.drawPlayIcon, th.Text)
	c.status[1] = s.icon(g, r, g.drawPauseIcon, th.Text)
	c.status[2] = s.icon(g, r, func(dst *ebiten.Image, p layout.Point, r float64, col color.Color) {
		g.pen.tick(dst, p, r*1.6, max(2, r*0.35), col)
	}, th.Text)
	cr := lay.TitleSize * 0.48
	c.clock = s.icon(g, cr, func(dst *ebiten.Image, p layout.Point, r float64, col color.Color) {
		g.pen.circle(dst, p, r, th.Text)
		g.pen.circle(dst, p, r*0.8, th.Background)
	}, th.Text)
	c.full, c.empty, c.over = s.badge(g, "FULL", th.Full), s.badge(g, "EMPTY", th.Empty), s.badge(g, "OVER", th.Full)
}

// button draws a button background of r's size in col.
func (s *sprites) button(g *Game, r layout.Rect, col color.RGBA) *ebiten.Image {
	img := s.small(int(math.Ceil(r.Dx())), int(math.Ceil(r.Dy())))
	g.pen.box(img, rectOf(img), r.Dy()*0.22, col)
	return img
}

// icon draws an icon of radius r with draw, centred in a square image.
func (s *sprites) icon(g *Game, r float64, draw func(*ebiten.Image, layout.Point, float64, color.Color), col color.Color) *ebiten.Image {
	n := int(math.Ceil(2.6*r + 4))
	img := s.small(n, n)
	draw(img, mid(img), r, col)
	return img
}

// badge draws word in a pill of colour col.
func (s *sprites) badge(g *Game, word string, col color.RGBA) *ebiten.Image {
	lay, u := g.lay, g.lay.Unit
	fc := g.face(lay.SmallSize, true)
	w, h := width(word, fc)+12*u, lay.SmallSize*1.5
	img := s.small(int(math.Ceil(w)), int(math.Ceil(h)))
	r := rectOf(img)
	g.pen.box(img, r, h/2, col)
	g.write(img, word, fc, r.Center(), alignCenter, alignCenter, palette.Ink(col))
	g.flushText(img)
	return img
}

func shift(r layout.Rect, d layout.Point) layout.Rect {
	return layout.Rect{Min: r.Min.Add(d), Max: r.Max.Add(d)}
}

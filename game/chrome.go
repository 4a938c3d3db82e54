package game

import (
	"fmt"
	"image/color"
	"math"
	"slices"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/palette"
)

// chrome are the sprites of the interface around the scene: the control bar's rows with their fixed faces, and
// the small icons and badges that change with the state. Rows are keyed on their buttons, relative to the row,
// so that moving a row (a window grows wider) redraws nothing.
type chrome struct {
	rowTheme  string
	iconTheme string
	rows      []*ebiten.Image // one per layout row, with every fixed button face and caption
	rowKeys   []string
	rowAtlas  atlas
	iconKey   [6]float64
	iconAtlas atlas
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

// ensureChrome redraws the rows whose buttons changed and the icons if the sizes changed. The rows wait for the
// first frame to be drawn: it shows the scene alone.
func (s *sprites) ensureChrome(g *Game) {
	lay, th := g.lay, g.theme
	first := g.firstFrame()
	c := &s.chrome
	keys := make([]string, len(lay.Rows))
	for i, row := range lay.Rows {
		keys[i] = rowKey(lay, row, th.Name)
		if !g.pen.aa {
			keys[i] += " draft"
		}
	}
	if !first && (!slices.Equal(keys, c.rowKeys) || c.rowTheme != th.Name) && s.mayRedraw(len(c.rows) == len(keys) && c.rowTheme == th.Name) {
		c.rowAtlas.reset()
		c.rows, c.rowKeys, c.rowTheme = c.rows[:0], keys, th.Name
		for _, row := range lay.Rows {
			c.rows = append(c.rows, s.buildRow(g, row))
		}
	}
	bh := 0.0
	if len(lay.Buttons) > 0 {
		bh = lay.Buttons[0].Rect.Dy()
	}
	ik := [6]float64{lay.TextSize, lay.TitleSize, lay.SmallSize, bh, lay.Unit}
	if g.pen.aa {
		ik[5] = 1
	}
	if first || c.iconKey == ik && c.iconTheme == th.Name || !s.mayRedraw(c.clock != nil && c.iconTheme == th.Name) {
		return
	}
	c.iconTheme, c.iconKey = th.Name, ik
	c.iconAtlas.reset()
	a := &c.iconAtlas
	if bh > 0 {
		sq := layout.R(0, 0, bh, bh)
		c.presetOn = s.button(g, a, sq, mix(th.Button, th.Glow, 0.55))
		c.buttonHot = s.button(g, a, sq, withAlpha(th.Text, 0x20))
		c.play, c.pause = s.icon(g, a, bh*0.26, g.drawPlayIcon, th.ButtonText), s.icon(g, a, bh*0.26, g.drawPauseIcon, th.ButtonText)
	}
	r := lay.TextSize * 0.5
	c.status[0] = s.icon(g, a, r, g.drawPlayIcon, th.Text)
	c.status[1] = s.icon(g, a, r, g.drawPauseIcon, th.Text)
	c.status[2] = s.icon(g, a, r, func(dst *ebiten.Image, p layout.Point, r float64, col color.Color) {
		g.pen.tick(dst, p, r*1.6, max(2, r*0.35), col)
	}, th.Text)
	cr := lay.TitleSize * 0.48
	c.clock = s.icon(g, a, cr, func(dst *ebiten.Image, p layout.Point, r float64, col color.Color) {
		g.pen.circle(dst, p, r, th.Text)
		g.pen.circle(dst, p, r*0.8, th.Background)
	}, th.Text)
	c.full, c.empty, c.over = s.badge(g, a, "FULL", th.Full), s.badge(g, a, "EMPTY", th.Empty), s.badge(g, a, "OVER", th.Full)
}

// rowKey names what a row of the control bar shows: its buttons and steppers, relative to the row.
func rowKey(lay *layout.Layout, row layout.Rect, theme string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %.1f %.1f %.2f", theme, row.Dx(), row.Dy(), lay.SmallSize)
	for _, bt := range lay.Buttons {
		if bt.Rect.Min.Y == row.Min.Y {
			fmt.Fprintf(&b, " %d@%.1f", bt.Action, bt.Rect.Min.X-row.Min.X)
		}
	}
	for _, st := range lay.Steppers {
		if st.Value.Min.Y == row.Min.Y {
			fmt.Fprintf(&b, " s%d@%.1f", st.Kind, st.Value.Min.X-row.Min.X)
		}
	}
	return b.String()
}

// buildRow draws one row of the control bar: the buttons' backgrounds, their fixed faces and the steppers'
// captions, in the row's own coordinates.
func (s *sprites) buildRow(g *Game, row layout.Rect) *ebiten.Image {
	lay, th := g.lay, g.theme
	img := s.chrome.rowAtlas.image(int(math.Ceil(row.Dx())), int(math.Ceil(row.Dy())))
	off := row.Min.Mul(-1)
	for _, b := range lay.Buttons {
		if b.Rect.Min.Y != row.Min.Y {
			continue
		}
		b.Rect = shift(b.Rect, off)
		g.pen.box(img, b.Rect, b.Rect.Dy()*0.22, th.Button)
		// An edge of 3:1 against the bar (WCAG 1.4.11), which the button's fill alone cannot have without
		// losing its text's contrast in the dark theme.
		g.pen.boxLine(img, b.Rect.Inset(0.5*lay.Scale), b.Rect.Dy()*0.22, max(1, lay.Scale), th.PlateRim)
		switch b.Action {
		case control.PlayPause:
		case control.ToggleRandom:
			fc := g.face(lay.SmallSize, false)
			g.write(img, "times", fc, layout.Pt(b.Rect.Center().X, b.Rect.Min.Y+b.Rect.Dy()*0.27), alignCenter, alignCenter, th.Muted)
		default:
			g.drawButtonFace(img, lay, b)
		}
	}
	for _, st := range lay.Steppers {
		if st.Value.Min.Y != row.Min.Y {
			continue
		}
		v := shift(st.Value, off)
		fc := g.face(lay.SmallSize, false)
		g.write(img, fit(st.Kind.String(), fc, v.Dx()), fc, layout.Pt(v.Center().X, v.Min.Y+v.Dy()*0.27), alignCenter, alignCenter, th.Muted)
	}
	g.flushText(img)
	return img
}

// button draws a button background of r's size in col.
func (s *sprites) button(g *Game, a *atlas, r layout.Rect, col color.RGBA) *ebiten.Image {
	img := a.small(int(math.Ceil(r.Dx())), int(math.Ceil(r.Dy())))
	g.pen.box(img, rectOf(img), r.Dy()*0.22, col)
	return img
}

// icon draws an icon of radius r with draw, centred in a square image.
func (s *sprites) icon(g *Game, a *atlas, r float64, draw func(*ebiten.Image, layout.Point, float64, color.Color), col color.Color) *ebiten.Image {
	n := int(math.Ceil(2.6*r + 4))
	img := a.small(n, n)
	draw(img, mid(img), r, col)
	return img
}

// badge draws word in a pill of colour col.
func (s *sprites) badge(g *Game, a *atlas, word string, col color.RGBA) *ebiten.Image {
	lay, u := g.lay, g.lay.Unit
	fc := g.face(lay.SmallSize, true)
	w, h := width(word, fc)+12*u, lay.SmallSize*1.5
	img := a.small(int(math.Ceil(w)), int(math.Ceil(h)))
	r := rectOf(img)
	g.pen.box(img, r, h/2, col)
	g.write(img, word, fc, r.Center(), alignCenter, alignCenter, palette.Ink(col))
	g.flushText(img)
	return img
}

func shift(r layout.Rect, d layout.Point) layout.Rect {
	return layout.Rect{Min: r.Min.Add(d), Max: r.Max.Add(d)}
}

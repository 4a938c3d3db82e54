package game

import (
	"fmt"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/layout"
)

func (g *Game) drawPlayIcon(dst *ebiten.Image, c layout.Point, r float64, col color.Color) {
	g.pen.poly(dst, col, c.Add(layout.Pt(-r*0.7, -r)), c.Add(layout.Pt(r, 0)), c.Add(layout.Pt(-r*0.7, r)))
}

func (g *Game) drawPauseIcon(dst *ebiten.Image, c layout.Point, r float64, col color.Color) {
	g.pen.box(dst, layout.R(c.X-r*0.8, c.Y-r, r*0.55, 2*r), r*0.1, col)
	g.pen.box(dst, layout.R(c.X+r*0.25, c.Y-r, r*0.55, 2*r), r*0.1, col)
}

// drawButtonFace draws the fixed face of a button: its icon, sign or number.
func (g *Game) drawButtonFace(dst *ebiten.Image, lay *layout.Layout, b layout.Button) {
	th := g.theme
	r := b.Rect
	c := r.Center()
	s := r.Dy() * 0.26
	fc := g.face(max(r.Dy()*0.5, lay.TextSize), true)
	switch b.Action {
	case control.Step:
		g.drawPlayIcon(dst, c.Add(layout.Pt(-s*0.35, 0)), s*0.85, th.ButtonText)
		g.pen.box(dst, layout.R(c.X+s*0.6, c.Y-s*0.85, s*0.3, s*1.7), 0, th.ButtonText)
	case control.Reset:
		g.pen.arc(dst, c, s*0.9, max(2, s*0.25), 0.8, th.ButtonText)
		tip := c.Add(layout.Pt(-s*0.9*math.Sin(0.4*math.Pi), -s*0.9*math.Cos(0.4*math.Pi)))
		g.pen.poly(dst, th.ButtonText, tip.Add(layout.Pt(-s*0.45, -s*0.05)), tip.Add(layout.Pt(s*0.35, -s*0.35)), tip.Add(layout.Pt(s*0.1, s*0.45)))
	case control.Help:
		g.write(dst, "?", fc, c, alignCenter, alignCenter, th.ButtonText)
	case control.MoreControls:
		for _, dx := range []float64{-1, 0, 1} {
			g.pen.circle(dst, c.Add(layout.Pt(dx*s*0.8, 0)), s*0.22, th.ButtonText)
		}
	case control.ToggleCode, control.ToggleChart, control.ToggleWhatIf:
		word := map[control.Action]string{control.ToggleCode: "code", control.ToggleChart: "chart", control.ToggleWhatIf: "what if"}[b.Action]
		small := g.face(lay.SmallSize, true)
		g.write(dst, fit(word, small, r.Dx()-4), small, c, alignCenter, alignCenter, th.ButtonText)
	default:
		if i, ok := b.Action.Preset(); ok {
			g.write(dst, fmt.Sprint(i+1), fc, c, alignCenter, alignCenter, th.ButtonText)
			return
		}
		sign := "+"
		switch b.Action {
		case control.SpeedDown, control.BakersDown, control.EatersDown, control.PlateDown, control.BakeShorter, control.EatShorter:
			sign = "−"
		}
		g.write(dst, sign, fc, c, alignCenter, alignCenter, th.ButtonText)
	}
}

// blitScaledTo draws img stretched over r.
func (g *Game) blitScaledTo(dst, img *ebiten.Image, r layout.Rect) {
	if img == nil {
		return
	}
	b := img.Bounds()
	var op ebiten.DrawImageOptions
	op.GeoM.Scale(r.Dx()/float64(b.Dx()), r.Dy()/float64(b.Dy()))
	op.GeoM.Translate(r.Min.X, r.Min.Y)
	op.Filter = ebiten.FilterLinear
	dst.DrawImage(img, &op)
}

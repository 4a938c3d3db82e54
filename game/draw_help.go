package game

import (
	"fmt"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/sim"
)

// drawHelp paints the help overlay: the keys, the presets with their descriptions, and how to close it. A wide
// panel puts the presets in a second column, their descriptions wrapped; a narrow one lists them below the
// keys, descriptions cut to a line (the preset buttons' tooltips say the rest).
func (g *Game) drawHelp(dst *ebiten.Image, lay *layout.Layout) {
	th, u := g.theme, lay.Unit
	g.pen.box(dst, layout.R(0, 0, lay.Size.X, lay.Size.Y), 0, withAlpha(th.Background, 0xB0))
	p := lay.Help
	g.pen.box(dst, p.Inset(-3*u), 16*u, th.Shadow)
	g.pen.box(dst, p, 14*u, th.Panel)
	g.pen.boxLine(dst, p, 14*u, max(1, u), th.PlateRim)

	shortcuts := control.Shortcuts()
	// Two columns where the keys and the presets fit side by side at a readable size, else one; the text is
	// never below the smallest size: the presets' descriptions are cut to a line when space is short.
	wide := p.Dx() >= 700*lay.Scale
	rows := float64(len(shortcuts) + 4)
	if !wide {
		rows += float64(len(sim.Presets)) + 1.3
	}
	size := max(min(p.Dy()/rows/1.55, lay.TextSize*1.1), lay.SmallSize)
	line := size * 1.55
	bold, reg := g.face(size*1.08, true), g.face(size, false)
	x, y := p.Min.X+18*u, p.Min.Y+line*0.5
	g.write(dst, "Keys", bold, layout.Pt(x, y), alignStart, alignStart, th.Text)
	g.write(dst, fit("(mouse and touch: the buttons at the bottom)", reg, p.Dx()-60*u-width("Keys", bold)), reg,
		layout.Pt(x+width("Keys", bold)+10*u, y), alignStart, alignStart, th.Muted)
	y += line * 1.2
	keyW := 0.0
	for _, s := range shortcuts {
		keyW = max(keyW, width(s.Keys, bold))
	}
	colW := p.Dx() - 36*u
	if wide {
		colW = p.Dx()*0.48 - 18*u
	}
	// Narrow, the lines a text needs beyond its first come out of the rows the panel has to spare, top first,
	// so that a phone's tall card is read whole rather than cut to a line each.
	spare := 0
	if !wide {
		spare = int(p.Dy()/line - rows - 0.5)
	}
	lines := func(s string, fc *text.GoTextFace, w float64) []string {
		ls := wrap(s, fc, w)
		if len(ls) == 0 {
			return []string{""}
		}
		n := min(len(ls), 1+max(spare, 0))
		spare -= n - 1
		if n < len(ls) {
			ls[n-1] = fit(strings.Join(ls[n-1:], " "), fc, w)
		}
		return ls[:n]
	}
	// Rows stop above the footer: a card too small for them all (a small embed) shows the first ones.
	limit := p.Max.Y - line*1.25
	for _, s := range shortcuts {
		if y+line > limit {
			break
		}
		g.write(dst, s.Keys, bold, layout.Pt(x, y), alignStart, alignStart, th.Text)
		for j, l := range lines(s.What, reg, colW-keyW-18*u) {
			if j > 0 {
				y += line * 0.85
			}
			g.write(dst, l, reg, layout.Pt(x+keyW+18*u, y), alignStart, alignStart, th.Muted)
		}
		y += line
	}
	if wide {
		x, y = p.Min.X+p.Dx()*0.5, p.Min.Y+line*0.5
		colW = p.Max.X - x - 18*u
	} else {
		y += line * 0.3
	}
	if y+line*2.2 <= limit {
		g.write(dst, "Presets", bold, layout.Pt(x, y), alignStart, alignStart, th.Text)
	}
	y += line * 1.2
	nameW := 0.0
	for i, pr := range sim.Presets {
		nameW = max(nameW, width(fmt.Sprintf("%d  %s", i+1, pr.Name), bold))
	}
	nameW += 14 * u
	for i, pr := range sim.Presets {
		if y+line > limit {
			break
		}
		g.write(dst, fmt.Sprintf("%d  %s", i+1, pr.Name), bold, layout.Pt(x, y), alignStart, alignStart, th.Text)
		w := colW - nameW
		if !wide {
			for j, l := range lines(pr.Description, reg, w) {
				if j > 0 {
					y += line * 0.85
				}
				g.write(dst, l, reg, layout.Pt(x+nameW, y), alignStart, alignStart, th.Muted)
			}
			y += line
			continue
		}
		ls := wrap(pr.Description, reg, w)
		for j, l := range ls {
			if y+float64(j)*line*0.85+line > limit {
				break
			}
			g.write(dst, l, reg, layout.Pt(x+nameW, y+float64(j)*line*0.85), alignStart, alignStart, th.Muted)
		}
		y += line * (0.85*float64(len(ls)) + 0.35)
	}
	foot := fmt.Sprintf("Drawing %.0f frames a second; %s is real time whatever the frame rate. H, ? or Esc, or a click, closes this.",
		g.f.FPS, "1×")
	g.write(dst, fit(foot, reg, p.Dx()-36*u), reg, layout.Pt(p.Center().X, p.Max.Y-line*0.7), alignCenter, alignCenter, th.Muted)
}

// wrap breaks s into lines no wider than w, at spaces; a word wider than w gets a line of its own.
func wrap(s string, fc *text.GoTextFace, w float64) []string {
	var lines []string
	cur := ""
	for _, word := range strings.Fields(s) {
		next := word
		if cur != "" {
			next = cur + " " + word
		}
		if cur != "" && width(next, fc) > w {
			lines = append(lines, cur)
			cur = word
			continue
		}
		cur = next
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

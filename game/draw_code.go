package game

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/palette"
)

// goKeywords are drawn in bold in the code panel.
var goKeywords = map[string]bool{"func": true, "for": true, "range": true, "return": true, "go": true,
	"package": true, "import": true, "type": true, "struct": true, "var": true, "if": true, "chan": true,
	"make": true, "close": true, "defer": true}

// drawCode paints the code panel: the Go program the simulation is proven against, the lines the goroutines are
// at marked with each actor's initial in its colour, and the selected actor's line lit.
func (g *Game) drawCode(dst *ebiten.Image, lay *layout.Layout) {
	v := &g.code
	r := lay.Code
	if r.Empty() || v.n == 0 {
		return
	}
	th, u := g.theme, lay.Unit
	g.drawPanel(dst, lay, r)
	head := g.face(lay.TextSize, true)
	title := "The program: goroutines and a channel"
	if v.n < len(g.program().Lines()) {
		title += " (scroll for the rest)"
	}
	g.write(dst, fit(title, head, r.Dx()-20*u), head,
		layout.Pt(r.Min.X+12*u, r.Min.Y+lay.TextSize*0.9), alignStart, alignCenter, th.Text)
	// The lines goroutines are at, lit; the selected actor's, more.
	for line := range v.busy {
		y := v.text.Min.Y + float64(line-v.first)*v.lineH
		col := withAlpha(th.Glow, 0x30)
		if line == v.selected {
			col = withAlpha(th.Glow, 0x70)
		}
		g.pen.box(dst, layout.R(r.Min.X+4*u, y, r.Dx()-8*u, v.lineH), 3*u, col)
	}
	g.flushText(dst)

	// The lines, drawn once into an image of their own and copied each frame.
	if img := g.codeLines(); img != nil {
		var op ebiten.DrawImageOptions
		op.GeoM.Translate(math.Round(v.text.Min.X), math.Round(v.text.Min.Y))
		dst.DrawImage(img, &op)
	}

	// The markers.
	small := g.face(lay.SmallSize, true)
	for _, m := range v.markers {
		col := eaterCoat
		if m.baker {
			col = palette.Loaf(m.colour)
		}
		if m.id == g.selected {
			g.pen.circle(dst, m.at, m.r*1.35, th.Text)
		}
		g.pen.circle(dst, m.at, m.r, col)
		g.write(dst, m.initial, small, m.at, alignCenter, alignCenter, palette.Ink(col))
	}
	for line, k := range v.more {
		// After the line's last marker, on the line's lit band.
		y := v.text.Min.Y + (float64(line-v.first)+0.5)*v.lineH
		x := r.Min.X + 8*u + v.size*0.65 + float64(v.shown[line])*v.size*1.3 - v.size*0.5
		g.write(dst, fmt.Sprintf("+%d", k), small, layout.Pt(x, y), alignStart, alignCenter, th.Text)
	}
	g.flushText(dst)
}

// codeText is the code panel's lines, drawn once for what they depend on: the lines in view, the font's size,
// the panel's width and the theme. Drawn each frame they were, at 64 bakers and 64 eaters, an eighth of the
// frame's time: a few hundred glyphs, each a copy of its own.
type codeText struct {
	key   codeKey
	img   *ebiten.Image
	atlas atlas
}

type codeKey struct {
	first, n    int
	size, lineH float64
	w           int
	theme       string
}

// codeLines returns the image of the code panel's lines in view, keywords in bold and comments muted, clipped
// to the text's width; its top left is the text's. It is nil on the first frame, which draws no text.
func (g *Game) codeLines() *ebiten.Image {
	v, c := &g.code, &g.codeText
	if g.firstFrame() {
		return nil
	}
	k := codeKey{v.first, v.n, v.size, v.lineH, int(math.Ceil(v.text.Dx())), g.theme.Name}
	if c.img != nil && c.key == k {
		return c.img
	}
	c.key = k
	c.atlas.reset()
	c.img = c.atlas.image(k.w, int(math.Ceil(float64(v.n)*v.lineH))+1)
	mono := g.monoFace(v.size)
	lines := g.program().Lines()
	adv := width("0", mono)
	for i := range v.n {
		n := v.first + i
		if n > len(lines) {
			break
		}
		g.writeCode(clipCode(lines[n-1], int(float64(k.w)/adv)), mono, layout.Pt(0, (float64(i)+0.5)*v.lineH), adv)
	}
	g.flushText(c.img)
	return c.img
}

// clipCode cuts a line of code to cols characters, the last an ellipsis, if it is longer: a panel narrower than
// the program's longest lines shows that they go on.
func clipCode(line string, cols int) string {
	r := []rune(line)
	if len(r) <= cols || cols < 1 {
		return line
	}
	return string(r[:cols-1]) + "…"
}

// writeCode queues one line of Go at p (its left, centred vertically), a word at a time so that keywords can be
// bold and a comment muted; adv is the monospaced advance.
func (g *Game) writeCode(line string, mono *text.GoTextFace, p layout.Point, adv float64) {
	th := g.theme
	code, comment, _ := strings.Cut(line, "//")
	col := 0
	for _, w := range words(code) {
		c := th.Text
		if goKeywords[w] {
			c = th.Full
		}
		if strings.TrimSpace(w) != "" {
			g.write(nil, w, mono, layout.Pt(p.X+float64(col)*adv, p.Y), alignStart, alignCenter, c)
		}
		col += len([]rune(w))
	}
	if strings.Contains(line, "//") {
		g.write(nil, "//"+comment, mono, layout.Pt(p.X+float64(col)*adv, p.Y), alignStart, alignCenter, th.Muted)
	}
}

// words splits a line into runs of letters and digits and runs of anything else, keeping every character.
func words(s string) []string {
	var out []string
	start := 0
	rs := []rune(s)
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }
	for i := 1; i <= len(rs); i++ {
		if i == len(rs) || isWord(rs[i]) != isWord(rs[i-1]) {
			out = append(out, string(rs[start:i]))
			start = i
		}
	}
	return out
}

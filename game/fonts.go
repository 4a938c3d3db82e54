package game

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"strings"
	"sync"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/gobakery/bakery/game/layout"
)

// fonts holds the Go fonts, embedded in the binary by golang.org/x/image, and faces of the sizes in use. Each
// font is parsed on first use: the first frame draws no text, and the monospaced Go Mono only the code panel
// needs.
type fonts struct {
	regular, bold, mono *text.GoTextFaceSource
	faces               map[faceKey]*text.GoTextFace
}

type faceKey struct {
	bold, mono bool
	size       float64
}

func newFonts() *fonts { return &fonts{faces: map[faceKey]*text.GoTextFace{}} }

// source returns the font, parsing it the first time. The fonts are the binary's own, and parse (a test makes
// sure); were one ever not to, the regular font stands in for it, and nothing is drawn without one.
func (f *fonts) source(bold, mono bool) *text.GoTextFaceSource {
	at, ttf := &f.regular, goregular.TTF
	switch {
	case mono:
		at, ttf = &f.mono, gomono.TTF
	case bold:
		at, ttf = &f.bold, gobold.TTF
	}
	if *at == nil {
		src, err := text.NewGoTextFaceSource(bytes.NewReader(ttf))
		if err != nil {
			if bold || mono {
				return f.source(false, false)
			}
			panic(fmt.Sprintf("game: the embedded Go font does not parse: %v", err))
		}
		*at = src
	}
	return *at
}

// face returns a face of about the given size in device pixels. Sizes are rounded to half pixels so that a few
// faces serve every frame; the map grows only when the layout changes.
func (f *fonts) face(size float64, bold bool) *text.GoTextFace {
	k := faceKey{bold: bold, size: max(math.Round(size*2)/2, 4)}
	if fc, ok := f.faces[k]; ok {
		return fc
	}
	fc := &text.GoTextFace{Source: f.source(bold, false), Size: k.size}
	f.faces[k] = fc
	return fc
}

// face returns a face of the given size, but never below the smallest text the layout allows: a caller that
// asks for less has not checked that its text fits, and gets the smallest readable size rather than an
// unreadable one. g.smallest remembers the smallest size asked for, for the readability test.
func (g *Game) face(size float64, bold bool) *text.GoTextFace {
	least := layout.MinText * g.lay.Scale
	if size < least-0.01 {
		g.smallest = min(g.smallest, size)
		size = least
	}
	return g.fonts.face(size, bold)
}

// monoFace returns a face of Go Mono of the given size, never below the smallest text allowed.
func (g *Game) monoFace(size float64) *text.GoTextFace {
	f := g.fonts
	k := faceKey{mono: true, size: max(math.Round(max(size, layout.MinText*g.lay.Scale)*2)/2, 4)}
	if fc, ok := f.faces[k]; ok {
		return fc
	}
	fc := &text.GoTextFace{Source: f.source(false, true), Size: k.size}
	f.faces[k] = fc
	return fc
}

// align says where a text's anchor is.
type align uint8

const (
	alignStart align = iota
	alignCenter
	alignEnd
)

// textOp is a text waiting to be drawn.
type textOp struct {
	s    string
	fc   *text.GoTextFace
	p    layout.Point
	h, v align
	c    color.Color
}

// write queues s to be drawn with its anchor at p: h aligns it horizontally, v vertically (alignStart: p is
// the top). Queued texts are drawn by flushText, after the shapes of the same layer: Ebitengine draws
// antialiased shapes through an offscreen buffer that every other kind of draw flushes, so interleaving shapes
// and texts would cost a full-screen copy per text.
func (g *Game) write(dst *ebiten.Image, s string, fc *text.GoTextFace, p layout.Point, h, v align, c color.Color) {
	if g.firstFrame() {
		return // the first frame is the scene's shapes alone; its words come with the second
	}
	g.texts = append(g.texts, textOp{s, fc, p, h, v, c})
}

// firstFrame reports whether the frame being made is the page's first, drawn straight to the screen with only
// what shows the scene: the table, the plate, the figures and the loaves, and no sprite sheets. Text, whose
// shaping and whose code (compiled by the browser on first use) are most of the time to the first frame after
// the sprites, comes with the next, the controls and the tour's card too, and the panels with the one after.
// A screenshot or a recording has no first frame; a page may hold it (HoldFirstFrame).
func (g *Game) firstFrame() bool { return g.first }

// flushText draws the queued texts, in order.
func (g *Game) flushText(dst *ebiten.Image) {
	var op text.DrawOptions
	for i := range g.texts {
		t := &g.texts[i]
		if g.kept.draw(dst, t, g.drawn) {
			continue
		}
		op = text.DrawOptions{}
		op.PrimaryAlign = text.Align(t.h)
		op.SecondaryAlign = text.Align(t.v)
		op.GeoM.Translate(math.Round(t.p.X), math.Round(t.p.Y))
		op.ColorScale.ScaleWithColor(t.c)
		text.Draw(dst, t.s, t.fc, &op)
	}
	g.texts = g.texts[:0]
}

// width is the advance of s in fc.
func width(s string, fc *text.GoTextFace) float64 {
	w, _ := text.Measure(s, fc, 0)
	return w
}

// fitKey is one question fit has answered: the text with its digits as zeros, which are as wide as any other
// digit in the Go fonts, so that a count or a time that changes every frame asks the same question.
type fitKey struct {
	s  string
	fc *text.GoTextFace
	w  float64
}

// fits remembers fit's answers, as how many runes are kept (-1: all): the panels ask the same few each frame,
// and a text too long is shortened by measuring a few prefixes. It is emptied when it holds fitsMax.
var fits = struct {
	sync.Mutex
	m map[fitKey]int
}{m: map[fitKey]int{}}

const fitsMax = 1024

// fit shortens s with an ellipsis until it fits in w.
func fit(s string, fc *text.GoTextFace, w float64) string {
	k := fitKey{zeroDigits(s), fc, w}
	fits.Lock()
	n, ok := fits.m[k]
	fits.Unlock()
	if !ok {
		n = keep(k.s, fc, w)
		fits.Lock()
		if len(fits.m) >= fitsMax {
			clear(fits.m)
		}
		fits.m[k] = n
		fits.Unlock()
	}
	switch {
	case n < 0:
		return s
	case n == 0:
		return ""
	}
	return string([]rune(s)[:n]) + "…"
}

// zeroDigits returns s with each ASCII digit a zero.
func zeroDigits(s string) string {
	if !strings.ContainsAny(s, "123456789") {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if c >= '1' && c <= '9' {
			b[i] = '0'
		}
	}
	return string(b)
}

// keep is how many of s's runes fit in w followed by an ellipsis, or -1 if all of s fits.
func keep(s string, fc *text.GoTextFace, w float64) int {
	if width(s, fc) <= w {
		return -1
	}
	// The longest prefix that fits, found by halving: measuring text means shaping it, which a long line
	// shortened a letter at a time would do a hundred times.
	r := []rune(s)
	lo, hi := 0, len(r)-1 // r[:lo]+"…" fits (or lo is 0); r[:hi+1]+"…" does not
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if width(string(r[:mid])+"…", fc) <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

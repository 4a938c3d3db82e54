package game

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// textCache keeps as images the texts that stay the same from frame to frame: labels, headings, the settings'
// line, the figures' names. Drawing a text means copying one glyph image per letter, and Ebitengine's
// bookkeeping per copy made the texts the largest part of a frame with the panels open; a text kept is one copy.
// A text is kept once it has been drawn in keptAfter frames running, so that a clock or a count that changes
// often is never kept, and dropped once it has not been drawn for evictAfter frames. It is kept in white and
// coloured when copied, so one image serves every colour.
type textCache struct {
	m map[textKey]*keptText
}

type textKey struct {
	s  string
	fc *text.GoTextFace
}

type keptText struct {
	img         *ebiten.Image // nil until the text has been drawn in two frames running
	w, h        float64       // its advance and line height
	first, last int           // the frames it was first drawn in, in the current run, and last drawn in
}

const (
	// keptAfter is how many frames running a text must be drawn in before it is kept: a count that changes
	// every few frames would only make images to throw away.
	keptAfter = 10
	// evictAfter is how many frames a kept text survives without being drawn.
	evictAfter = 120
	// keptPad is the margin around a kept text, for glyphs that reach past their advance.
	keptPad = 4
	// keptLongest is the longest text, in bytes, worth keeping.
	keptLongest = 400
)

// draw draws t on dst from its kept image and reports true, or reports false if t is not kept (yet).
func (c *textCache) draw(dst *ebiten.Image, t *textOp, frame int) bool {
	if len(t.s) > keptLongest {
		return false
	}
	if c.m == nil {
		c.m = map[textKey]*keptText{}
	}
	k := textKey{t.s, t.fc}
	e := c.m[k]
	switch {
	case e == nil:
		c.m[k] = &keptText{first: frame, last: frame}
		return false
	case e.last < frame-1:
		e.first = frame
	}
	e.last = frame
	if e.img == nil {
		if frame-e.first < keptAfter {
			return false
		}
		c.keep(k, e)
	}
	var op ebiten.DrawImageOptions
	x, y := t.p.X, t.p.Y
	switch t.h {
	case alignCenter:
		x -= e.w / 2
	case alignEnd:
		x -= e.w
	}
	switch t.v {
	case alignCenter:
		y -= e.h / 2
	case alignEnd:
		y -= e.h
	}
	op.GeoM.Translate(math.Round(x)-keptPad, math.Round(y)-keptPad)
	op.ColorScale.ScaleWithColor(t.c)
	dst.DrawImage(e.img, &op)
	return true
}

// keep draws the text of k, in white, on an image of its own.
func (c *textCache) keep(k textKey, e *keptText) {
	e.w, e.h = text.Measure(k.s, k.fc, 0)
	e.img = ebiten.NewImage(int(math.Ceil(e.w))+2*keptPad, int(math.Ceil(e.h))+2*keptPad)
	var op text.DrawOptions
	op.GeoM.Translate(keptPad, keptPad)
	text.Draw(e.img, k.s, k.fc, &op)
}

// evict drops the texts not drawn for evictAfter frames; called once a frame, it looks every evictAfter frames.
func (c *textCache) evict(frame int) {
	if frame%evictAfter != 0 {
		return
	}
	for k, e := range c.m {
		if e.last < frame-evictAfter {
			if e.img != nil {
				e.img.Deallocate()
			}
			delete(c.m, k)
		}
	}
}

package game

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/layout"
)

// atlas holds the images of one group of sprites that are drawn, and redrawn, together. Small sprites are
// packed on shared sheets rather than each being an image of its own, because Ebitengine does bookkeeping for
// every image that is drawn on, at every draw, so fewer images keep Draw fast; and a group that is redrawn
// reuses its images, cleared, rather than making new ones, because making a GPU texture costs more than
// drawing on one.
type atlas struct {
	imgs      []*ebiten.Image // the images the group owns
	used      int             // how many of them are in use since the last reset
	sheet     *ebiten.Image
	x, y, row int
}

// sheetSize is the side of the sheets small sprites are packed on.
const sheetSize = 1024

// reset starts the group again: its images will be reused, cleared, for what is drawn next.
func (a *atlas) reset() {
	a.used, a.sheet, a.x, a.y, a.row = 0, nil, 0, 0, 0
}

// backing returns a cleared image of the group's of at least w×h: the next one it owns if that is large
// enough, else a new one, its sides rounded up to 256 so that it can be reused for a slightly larger size.
func (a *atlas) backing(w, h int) *ebiten.Image {
	for a.used < len(a.imgs) {
		img := a.imgs[a.used]
		if b := img.Bounds(); b.Dx() >= w && b.Dy() >= h {
			a.used++
			img.Clear()
			return img
		}
		img.Deallocate()
		a.imgs = append(a.imgs[:a.used], a.imgs[a.used+1:]...)
	}
	up := func(v int) int { return (max(v, 1) + 255) / 256 * 256 }
	img := ebiten.NewImage(up(w), up(h))
	a.imgs = append(a.imgs, img)
	a.used++
	return img
}

// image returns a cleared image of w×h of its own (a part of a backing image, at its corner).
func (a *atlas) image(w, h int) *ebiten.Image {
	w, h = max(w, 1), max(h, 1)
	return a.backing(w, h).SubImage(image.Rect(0, 0, w, h)).(*ebiten.Image)
}

// small returns a w×h part of a sheet to draw a sprite on, in the sheet's coordinates (see mid and rectOf).
func (a *atlas) small(w, h int) *ebiten.Image {
	const pad = 2
	w, h = max(w, 1), max(h, 1)
	if w+pad > sheetSize || h+pad > sheetSize {
		return a.image(w, h)
	}
	if a.sheet == nil || a.x+w+pad > sheetSize {
		a.x, a.y, a.row = 0, a.y+a.row, 0
	}
	if a.sheet == nil || a.y+h+pad > sheetSize {
		a.sheet = a.backing(sheetSize, sheetSize)
		a.x, a.y, a.row = 0, 0, 0
	}
	img := a.sheet.SubImage(image.Rect(a.x, a.y, a.x+w, a.y+h)).(*ebiten.Image)
	a.x += w + pad
	a.row = max(a.row, h+pad)
	return img
}

// bucket rounds a size to a step of 2^(1/8), about 9%: sprites of a size that changes (a figure when the grid
// grows, the plate while a window is resized) are drawn at the bucket's size and scaled by at most 4.5% to
// the size wanted, so that they are redrawn only when it crosses into another bucket.
func bucket(v float64) float64 {
	if v <= 0 {
		return 1
	}
	return math.Exp2(math.Round(math.Log2(v)*8) / 8)
}

// mid is the centre of img in the coordinates it is drawn on.
func mid(img *ebiten.Image) layout.Point {
	return rectOf(img).Center()
}

// rectOf is img's bounds as a layout.Rect.
func rectOf(img *ebiten.Image) layout.Rect {
	b := img.Bounds()
	return layout.R(float64(b.Min.X), float64(b.Min.Y), float64(b.Dx()), float64(b.Dy()))
}

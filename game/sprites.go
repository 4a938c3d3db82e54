package game

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/palette"
)

// ringSteps is how many steps a progress ring shows: enough to move smoothly, few enough to draw ahead.
const ringSteps = 48

// loafRef is the radius, in pixels, at which loaf and cell sprites are drawn; they are scaled to their size.
const loafRef = 48

// sprites are images drawn once, with antialiased vector paths, whenever the layout or the theme changes, and
// then only copied each frame. Copies of images that share Ebitengine's atlas go to the GPU in one batch, where
// each vector shape would cost its own triangulation every frame: this keeps Draw well under a millisecond or
// two with 128 figures on screen.
type sprites struct {
	key     spriteKey
	bakers  sideSprites
	eaters  sideSprites
	loaves  []*ebiten.Image // by baker colour, radius loafRef
	cells   []*ebiten.Image // stack cells by baker colour, half-side loafRef
	table   *ebiten.Image
	plates  [3]*ebiten.Image // plain, full, empty
	all     []*ebiten.Image
	tableAt layout.Point
	plateAt layout.Point
	chrome
	pack packer
}

type spriteKey struct {
	params layout.Params
	theme  string
}

// sideSprites are the images for one side's figures, at that side's size. Each is drawn centred on its anchor.
type sideSprites struct {
	figures  []*ebiten.Image // by colour (bakers) or one (eaters)
	greyed   *ebiten.Image
	rings    [ringSteps + 1]*ebiten.Image
	oven     *ebiten.Image
	ovenHot  *ebiten.Image
	ovenCold *ebiten.Image
	glow     *ebiten.Image
	badge    *ebiten.Image
}

func (s *sprites) side(baker bool) *sideSprites {
	if baker {
		return &s.bakers
	}
	return &s.eaters
}

// ensure redraws the sprites if the layout or the theme changed. It runs in Update.
func (s *sprites) ensure(g *Game) {
	if g.lay == nil {
		return
	}
	k := spriteKey{g.lay.Params, g.theme.Name}
	if s.table != nil && s.key == k {
		return
	}
	for _, img := range s.all {
		img.Deallocate()
	}
	*s = sprites{key: k}
	g.pen.aa = true
	defer func() { g.pen.aa = false }()
	lay := g.lay
	s.buildSide(g, &s.bakers, lay.Bakers, true)
	s.buildSide(g, &s.eaters, lay.Eaters, false)
	for i := range palette.Loaves {
		col := palette.Loaf(i)
		img := s.small(2*loafRef+4, 2*loafRef+4)
		g.drawLoafShape(img, mid(img), loafRef, col)
		s.loaves = append(s.loaves, img)
		cell := s.small(2*loafRef, 2*loafRef)
		g.pen.box(cell, rectOf(cell), loafRef*0.3, col)
		s.cells = append(s.cells, cell)
	}
	t := lay.Table.Inset(-6 * lay.Unit)
	s.tableAt = t.Min
	s.table = s.image(int(math.Ceil(t.Dx())), int(math.Ceil(t.Dy())))
	g.drawTable(s.table, lay, t.Min.Mul(-1))
	p := lay.Plate
	size := int(math.Ceil(2*p.R + 16*lay.Unit))
	s.plateAt = p.Center.Sub(layout.Pt(float64(size)/2, float64(size)/2))
	for i := range s.plates {
		s.plates[i] = s.image(size, size)
		g.drawPlateShape(s.plates[i], lay, s.plateAt.Mul(-1), plateLook(i))
	}
	s.buildChrome(g)
}

// sheetSize is the side of the sheets that small sprites are packed on.
const sheetSize = 2048

// small returns a w×h part of a sprite sheet to draw a sprite on, in the sheet's coordinates (see mid and
// rectOf). Small sprites share a few sheets rather than each being an image of its own: Ebitengine does
// bookkeeping for every image that is drawn on, at every draw, so fewer images keep Draw fast.
func (s *sprites) small(w, h int) *ebiten.Image {
	const pad = 2
	w, h = max(w, 1), max(h, 1)
	if w+pad > sheetSize || h+pad > sheetSize {
		return s.image(w, h)
	}
	p := &s.pack
	if p.sheet == nil || p.x+w+pad > sheetSize {
		p.x, p.y, p.row = 0, p.y+p.row, 0
	}
	if p.sheet == nil || p.y+h+pad > sheetSize {
		p.sheet = s.image(sheetSize, sheetSize)
		p.x, p.y, p.row = 0, 0, 0
	}
	img := p.sheet.SubImage(image.Rect(p.x, p.y, p.x+w, p.y+h)).(*ebiten.Image)
	p.x += w + pad
	p.row = max(p.row, h+pad)
	return img
}

// packer fills sprite sheets shelf by shelf.
type packer struct {
	sheet     *ebiten.Image
	x, y, row int
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

func (s *sprites) image(w, h int) *ebiten.Image {
	img := ebiten.NewImage(max(w, 1), max(h, 1))
	s.all = append(s.all, img)
	return img
}

func (s *sprites) buildSide(g *Game, ss *sideSprites, side layout.Side, baker bool) {
	if len(side.Actors) == 0 {
		return
	}
	a := side.Actors[0]
	r, u := a.R, g.lay.Unit
	// Figures: room for the hat above and the mark at the shoulder.
	fs := int(math.Ceil(r*3.2 + 4))
	coats := []color.RGBA{eaterCoat}
	if baker {
		coats = palette.Loaves
	}
	for _, coat := range coats {
		img := s.small(fs, fs)
		g.drawFigure(img, mid(img), r, u, baker, coat, false)
		ss.figures = append(ss.figures, img)
	}
	ss.greyed = s.small(fs, fs)
	g.drawFigure(ss.greyed, mid(ss.greyed), r, u, baker, eaterCoat, true)

	ringR, ringW := r*1.55, max(2*u, r*0.13)
	rs := int(math.Ceil(2*(ringR+ringW) + 4))
	for k := range ss.rings {
		img := s.small(rs, rs)
		rc := mid(img)
		g.pen.ring(img, rc, ringR, ringW, withAlpha(g.theme.Ring, 0x30))
		g.pen.arc(img, rc, ringR, ringW, float64(k)/ringSteps, g.theme.Ring)
		ss.rings[k] = img
	}

	if baker {
		os := int(math.Ceil(r*1.8 + 4))
		ss.oven, ss.ovenHot, ss.ovenCold = s.small(os, os), s.small(os, os), s.small(os, os)
		g.drawOven(ss.oven, mid(ss.oven), r, false, false)
		g.drawOven(ss.ovenHot, mid(ss.ovenHot), r, true, false)
		g.drawOven(ss.ovenCold, mid(ss.ovenCold), r, false, true)
		gs := int(math.Ceil(r*2.4 + 4))
		ss.glow = s.small(gs, gs)
		gc := mid(ss.glow)
		for i := 4; i >= 1; i-- {
			g.pen.circle(ss.glow, gc, r*0.3*float64(i), withAlpha(g.theme.Glow, 0x22))
		}
	}

	// The compact bubble: a sign alone, for figures too small for words.
	br := max(r*0.75, 4*u)
	bs := int(math.Ceil(2*br + 4))
	ss.badge = s.small(bs, bs)
	bc := mid(ss.badge)
	col := g.theme.Empty
	if baker {
		col = g.theme.Full
	}
	g.pen.circle(ss.badge, bc, br, g.theme.Bubble)
	g.pen.ring(ss.badge, bc, br, max(1, br*0.18), col)
	if baker {
		g.pen.box(ss.badge, layout.R(bc.X-br*0.12, bc.Y-br*0.6, br*0.24, br*0.75), br*0.1, col)
		g.pen.circle(ss.badge, bc.Add(layout.Pt(0, br*0.45)), br*0.13, col)
	} else {
		g.pen.ring(ss.badge, bc, br*0.5, max(1, br*0.16), col)
	}
}

// blit draws img centred at c with the given opacity.
func (g *Game) blit(dst, img *ebiten.Image, c layout.Point, alpha float32) {
	if img == nil {
		return
	}
	b := img.Bounds()
	var op ebiten.DrawImageOptions
	op.GeoM.Translate(math.Round(c.X-float64(b.Dx())/2), math.Round(c.Y-float64(b.Dy())/2))
	if alpha < 1 {
		op.ColorScale.ScaleAlpha(alpha)
	}
	dst.DrawImage(img, &op)
}

// blitScaled draws img, drawn at radius ref, centred at c at radius r.
func (g *Game) blitScaled(dst, img *ebiten.Image, c layout.Point, r, ref float64) {
	op := scaledAt(img, c, r, ref)
	dst.DrawImage(img, &op)
}

// blitShadow draws img's silhouette as a soft shadow centred at c at radius r.
func (g *Game) blitShadow(dst, img *ebiten.Image, c layout.Point, r, ref float64) {
	op := scaledAt(img, c, r, ref)
	op.ColorScale.Scale(0, 0, 0, 0.25)
	dst.DrawImage(img, &op)
}

// scaledAt places img, drawn at radius ref, centred at c at radius r.
func scaledAt(img *ebiten.Image, c layout.Point, r, ref float64) ebiten.DrawImageOptions {
	b := img.Bounds()
	k := r / ref
	var op ebiten.DrawImageOptions
	op.GeoM.Translate(-float64(b.Dx())/2, -float64(b.Dy())/2)
	op.GeoM.Scale(k, k)
	op.GeoM.Translate(c.X, c.Y)
	op.Filter = ebiten.FilterLinear
	return op
}

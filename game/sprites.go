package game

import (
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/palette"
	"github.com/gobakery/bakery/sim"
)

// ringSteps is how many steps a progress ring shows: enough to move smoothly, few enough to draw ahead.
const ringSteps = 32

// loafRef is the radius, in pixels, at which loaf and cell sprites are drawn; they are scaled to their size.
const loafRef = 48

// sprites are images drawn once, with antialiased vector paths, and then only copied each frame: copies of
// images that share Ebitengine's atlas go to the GPU in one batch, where each vector shape would cost its own
// triangulation every frame. Each group is keyed on exactly what it depends on, so that a click that adds a
// baker, or a window being resized, redraws nothing that did not change: loaves on the theme alone, figures
// on their (bucketed) size, the table and the plate on their (bucketed) size, the control bar's rows on their
// buttons, the icons on the text sizes.
type sprites struct {
	loaves     []*ebiten.Image // by baker colour, radius loafRef
	cells      []*ebiten.Image // stack cells by baker colour, half-side loafRef
	loafKey    string
	loafAtlas  atlas
	bakers     sideSprites
	eaters     sideSprites
	table      *ebiten.Image
	tableKey   [3]float64
	tableTheme string
	tableAtlas atlas
	plates     [3]*ebiten.Image // plain, full, empty
	plateR     float64          // the radius the plates were drawn at
	plateKey   plateKey
	plateAtlas atlas
	chrome
	// redrawn counts the groups redrawn this frame: stale ones that exist are redrawn one a frame, so that a
	// window being resized never redraws everything at once; meanwhile they are drawn scaled.
	redrawn int
}

// mayRedraw reports whether a stale group may be redrawn this frame: always if it does not exist yet, else if
// no other group was redrawn this frame.
func (s *sprites) mayRedraw(exists bool) bool {
	if exists && s.redrawn > 0 {
		return false
	}
	s.redrawn++
	return true
}

type plateKey struct {
	theme    string
	r, u     float64
	capacity int
}

// sideSprites are the images for one side's figures, drawn for a head of radius r: each is drawn centred on its
// anchor, scaled from r to the figure's own.
type sideSprites struct {
	coats    []color.RGBA
	baker    bool
	fs       int
	key      [3]float64 // head radius bucket, unit, theme's colour (as a number)
	theme    string
	r        float64
	figures  []*ebiten.Image // by colour (bakers) or one (eaters)
	greyed   *ebiten.Image
	rings    [ringSteps + 1]*ebiten.Image
	oven     *ebiten.Image
	ovenHot  *ebiten.Image
	ovenCold *ebiten.Image
	glow     *ebiten.Image
	badge    *ebiten.Image
	atlas    atlas
}

func (s *sprites) side(baker bool) *sideSprites {
	if baker {
		return &s.bakers
	}
	return &s.eaters
}

// ensure redraws the groups of sprites whose inputs changed. It runs in Update.
func (s *sprites) ensure(g *Game) {
	lay := g.lay
	if lay == nil || g.firstFrame() {
		return // the first frame draws its shapes straight to the screen
	}
	th := g.theme.Name
	s.redrawn = 0
	// The first full frame's sprites are drawn without antialiasing: with it, Ebitengine draws through an
	// offscreen at twice the resolution, which on a software GPU is most of the time to the first frames. From
	// the next frame on, the groups are redrawn antialiased, one a frame ("fine" is part of every group's key).
	fine := g.full >= 1 || g.shot.active() || g.opts.Record != ""
	if !fine {
		th += " draft"
	}
	g.pen.aa = fine
	defer func() { g.pen.aa = false }()
	if s.loafKey != th {
		s.loafAtlas.reset()
		s.loaves, s.cells, s.loafKey = nil, nil, th
		for i := range palette.Loaves {
			col := palette.Loaf(i)
			img := s.loafAtlas.small(2*loafRef+4, 2*loafRef+4)
			g.drawLoafShape(img, mid(img), loafRef, col)
			s.loaves = append(s.loaves, img)
			cell := s.loafAtlas.small(2*loafRef, 2*loafRef)
			g.pen.box(cell, rectOf(cell), loafRef*0.3, col)
			s.cells = append(s.cells, cell)
		}
	}
	s.ensureSide(g, &s.bakers, lay.Bakers, true)
	s.ensureSide(g, &s.eaters, lay.Eaters, false)
	// The table at its size rounded up to 64 pixels, stretched by a few per cent to fit.
	t := lay.Table.Inset(-6 * lay.Unit)
	tk := [3]float64{math.Ceil(t.Dx()/64) * 64, math.Ceil(t.Dy()/64) * 64, lay.Unit}
	if (s.tableKey != tk || s.tableTheme != th) && s.mayRedraw(s.table != nil && sameTheme(s.tableTheme, th)) {
		s.tableAtlas.reset()
		s.tableKey, s.tableTheme = tk, th
		s.table = s.tableAtlas.image(int(tk[0]), int(tk[1]))
		g.drawTable(s.table, layout.R(0, 0, tk[0], tk[1]), lay.Unit)
	}
	pk := plateKey{th, bucket(lay.Plate.R), lay.Unit, lay.Capacity}
	if s.plateKey != pk && s.mayRedraw(s.plates[0] != nil && sameTheme(s.plateKey.theme, th) && s.plateKey.capacity == pk.capacity) {
		s.plateAtlas.reset()
		s.plateKey, s.plateR = pk, pk.r
		size := math.Ceil(2*pk.r + 16*lay.Unit)
		p := layout.PlateAt(layout.Pt(size/2, size/2), pk.r, lay.Capacity)
		for i := range s.plates {
			s.plates[i] = s.plateAtlas.image(int(size), int(size))
			g.drawPlateShape(s.plates[i], p, lay.Unit, plateLook(i))
		}
	}
	s.ensureChrome(g)
}

// sameTheme reports whether two groups' themes are the same colours, drawn draft or fine: a draft group of the
// right colours may stay on screen while it is redrawn fine.
func sameTheme(a, b string) bool {
	return strings.TrimSuffix(a, " draft") == strings.TrimSuffix(b, " draft")
}

// ensureSide redraws a side's figures if their size or the theme changed.
func (s *sprites) ensureSide(g *Game, ss *sideSprites, side layout.Side, baker bool) {
	if len(side.Actors) == 0 {
		return
	}
	r := bucket(side.Actors[0].R)
	k := [3]float64{r, g.lay.Unit}
	if g.pen.aa {
		k[2] = 1
	}
	if ss.key == k && ss.theme == g.theme.Name || !s.mayRedraw(ss.figures != nil && ss.theme == g.theme.Name) {
		return
	}
	ss.atlas.reset()
	*ss = sideSprites{key: k, theme: g.theme.Name, r: r, atlas: ss.atlas}
	s.buildSide(g, ss, r, baker)
}

func (s *sprites) buildSide(g *Game, ss *sideSprites, r float64, baker bool) {
	u := g.lay.Unit
	// Figures: room for the hat above and the mark at the shoulder.
	fs := int(math.Ceil(r*3.2 + 4))
	coats := []color.RGBA{eaterCoat}
	if baker {
		coats = palette.Loaves
	}
	// A figure of each colour, the greyed one and each step of the progress ring are drawn when first needed
	// (prepare), so that the first frame draws only what it shows.
	ss.coats, ss.baker, ss.fs = coats, baker, fs
	ss.figures = make([]*ebiten.Image, len(coats))

	if baker {
		os := int(math.Ceil(r*1.8 + 4))
		ss.oven, ss.ovenHot, ss.ovenCold = ss.atlas.small(os, os), ss.atlas.small(os, os), ss.atlas.small(os, os)
		g.drawOven(ss.oven, mid(ss.oven), r, false, false)
		g.drawOven(ss.ovenHot, mid(ss.ovenHot), r, true, false)
		g.drawOven(ss.ovenCold, mid(ss.ovenCold), r, false, true)
		gs := int(math.Ceil(r*2.4 + 4))
		ss.glow = ss.atlas.small(gs, gs)
		gc := mid(ss.glow)
		for i := 4; i >= 1; i-- {
			g.pen.circle(ss.glow, gc, r*0.3*float64(i), withAlpha(g.theme.Glow, 0x22))
		}
	}

	// The compact bubble: a sign alone, for figures too small for words.
	br := max(r*0.75, 4*u)
	bs := int(math.Ceil(2*br + 4))
	ss.badge = ss.atlas.small(bs, bs)
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

// blitK draws img centred at c, scaled by k, with the given opacity.
func (g *Game) blitK(dst, img *ebiten.Image, c layout.Point, k float64, alpha float32) {
	if img == nil {
		return
	}
	if math.Abs(k-1) < 1e-3 {
		g.blit(dst, img, c, alpha)
		return
	}
	b := img.Bounds()
	var op ebiten.DrawImageOptions
	op.GeoM.Translate(-float64(b.Dx())/2, -float64(b.Dy())/2)
	op.GeoM.Scale(k, k)
	op.GeoM.Translate(c.X, c.Y)
	op.Filter = ebiten.FilterLinear
	if alpha < 1 {
		op.ColorScale.ScaleAlpha(alpha)
	}
	dst.DrawImage(img, &op)
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

// figure returns the figure in coat i (an index of ss.coats), or greyed, drawing it the first time.
func (ss *sideSprites) figure(g *Game, i int, greyed bool) *ebiten.Image {
	if greyed {
		if ss.greyed == nil {
			ss.greyed = ss.atlas.small(ss.fs, ss.fs)
			g.drawFigure(ss.greyed, mid(ss.greyed), ss.r, g.lay.Unit, ss.baker, eaterCoat, true)
		}
		return ss.greyed
	}
	i %= len(ss.coats)
	if ss.figures[i] == nil {
		img := ss.atlas.small(ss.fs, ss.fs)
		g.drawFigure(img, mid(img), ss.r, g.lay.Unit, ss.baker, ss.coats[i], false)
		ss.figures[i] = img
	}
	return ss.figures[i]
}

// ring returns step k of the progress ring, drawing it the first time.
func (ss *sideSprites) ring(g *Game, k int) *ebiten.Image {
	if ss.rings[k] == nil {
		u := g.lay.Unit
		ringR, ringW := ss.r*1.55, max(2*u, ss.r*0.13)
		rs := int(math.Ceil(2*(ringR+ringW) + 4))
		img := ss.atlas.small(rs, rs)
		g.drawProgress(img, mid(img), ss.r, u, k)
		ss.rings[k] = img
	}
	return ss.rings[k]
}

// prepare draws, in Update, the figures and ring steps this frame's actors show, so that Draw only copies.
func (s *sprites) prepare(g *Game) {
	aa := g.pen.aa
	g.pen.aa = s.bakers.key[2] == 1
	for _, v := range g.f.Snap.Bakers {
		s.prepareActor(g, &s.bakers, v, g.f.Colour(v.ID))
	}
	g.pen.aa = s.eaters.key[2] == 1
	for _, v := range g.f.Snap.Eaters {
		s.prepareActor(g, &s.eaters, v, 0)
	}
	g.pen.aa = aa
}

func (s *sprites) prepareActor(g *Game, ss *sideSprites, v sim.ActorView, colour int) {
	if ss.figures == nil {
		return
	}
	ss.figure(g, colour, v.State == sim.Done || v.State == sim.CancelledState)
	if v.State.Busy() {
		ss.ring(g, ringStep(v.Progress))
	}
}

// ringStep is the step of the progress ring for progress p, 0..1.
func ringStep(p float64) int { return min(max(int(p*float64(ringSteps)+0.5), 0), ringSteps) }

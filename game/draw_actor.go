package game

import (
	"fmt"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/sim"
)

// eaterCoat is the colour of eaters' shoulders: neutral, so that colour means "whose loaf" only.
var eaterCoat = color.RGBA{0x8A, 0x94, 0xA6, 0xFF}

// drawSide paints the bakers (bakers true) or the eaters, each at its place, with their ovens, progress rings
// and names, and the side's one-line summary.
func (g *Game) drawSide(dst *ebiten.Image, lay *layout.Layout, bakers bool) {
	side, views := lay.Bakers, g.f.Snap.Bakers
	if !bakers {
		side, views = lay.Eaters, g.f.Snap.Eaters
	}
	g.drawCaption(dst, lay, side, views, bakers)
	for _, v := range views {
		if i, ok := g.places.Of(v); ok && i < len(side.Actors) {
			g.drawActor(dst, lay, side, side.Actors[i], v)
		}
	}
}

// drawCaption writes the side's summary, in the longest of its wordings that fits.
func (g *Game) drawCaption(dst *ebiten.Image, lay *layout.Layout, side layout.Side, views []sim.ActorView, bakers bool) {
	if g.firstFrame() {
		return // no text in the first frame, and no measuring of it either
	}
	fc := g.face(lay.SmallSize, false)
	for _, s := range captions(views, bakers, g.f.Snap.Capacity) {
		if width(s, fc) <= side.Area.Dx() {
			g.write(dst, s, fc, side.Caption, alignCenter, alignCenter, g.theme.Muted)
			return
		}
	}
}

// captions are a side's summaries, longest first: "2 bakers: 1 baking · 1 waiting (plate full) · 0 done",
// down to "2 bakers".
func captions(views []sim.ActorView, bakers bool, capacity int) []string {
	var busy, waiting, done int
	for _, v := range views {
		switch {
		case v.State.Busy():
			busy++
		case v.State.Waiting():
			waiting++
		default:
			done++
		}
	}
	if len(views) == 0 {
		return []string{map[bool]string{true: "no bakers", false: "no eaters"}[bakers]}
	}
	role, doing, why, gone := "eater", "eating", "plate empty", "sent home"
	if capacity == 0 {
		why = "no baker ready"
	}
	if bakers {
		role, doing, why, gone = "baker", "baking", "plate full", "done"
		if capacity == 0 {
			why = "no eater ready"
		}
	}
	who := plural(len(views), role)
	short := fmt.Sprintf("%s: %d %s · %d waiting", who, busy, doing, waiting)
	long := short // why they wait, only when some do
	if waiting > 0 {
		long = fmt.Sprintf("%s: %d %s · %d waiting (%s)", who, busy, doing, waiting, why)
	}
	if done > 0 {
		long += fmt.Sprintf(" · %d %s", done, gone)
		short += fmt.Sprintf(" · %d %s", done, gone)
	}
	return []string{long, short, fmt.Sprintf("%s · %d waiting", who, waiting), who}
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// drawActor paints one figure from the sprite cache: its oven, its progress ring, the figure itself (greyed with
// a mark when done), and its name.
func (g *Game) drawActor(dst *ebiten.Image, lay *layout.Layout, side layout.Side, a layout.Actor, v sim.ActorView) {
	th := g.theme
	baker := v.Role == sim.BakerRole
	greyed := v.State == sim.Done || v.State == sim.CancelledState
	if g.firstFrame() {
		g.drawActorShapes(dst, a, v, lay.Unit, baker, greyed)
		return // and no name: the first frame has no text
	}
	set := g.sprites.side(baker)
	k := 1.0 // the sprites were drawn at a size rounded to a bucket
	if set.r > 0 {
		k = a.R / set.r
	}
	alpha := float32(1)
	if v.Leaving {
		alpha = 0.55
	}
	if baker {
		oven := set.oven
		if v.State == sim.Baking {
			oven = set.ovenHot
			pulse := 0.85 + 0.15*math.Sin(g.f.Now.Seconds()*9)
			g.blitK(dst, set.glow, a.Oven, k, float32(pulse)*alpha)
		}
		if greyed {
			oven = set.ovenCold
		}
		g.blitK(dst, oven, a.Oven, k, alpha)
	}
	if v.State.Busy() {
		g.blitK(dst, set.rings[ringStep(v.Progress)], a.Center, k, alpha)
	}
	// The figure: drawn in prepare, in Update, if this is the first frame it shows.
	fig := set.greyed
	if !greyed && len(set.figures) > 0 {
		fig = set.figures[0]
		if baker {
			fig = set.figures[g.f.Colour(v.ID)%len(set.figures)]
		}
	}
	g.blitK(dst, fig, a.Center, k, alpha)

	if side.Names {
		fc := g.face(lay.SmallSize, false)
		name := v.Name
		if v.Leaving && width(name+" (leaving)", fc) <= side.Cell*0.98 {
			name += " (leaving)"
		}
		col := th.Text
		if greyed {
			col = th.Muted
		}
		g.write(dst, fit(name, fc, side.Cell*0.98), fc, a.Name, alignCenter, alignStart, col)
	}
}

func clamp(v, lo, hi float64) float64 { return min(max(v, lo), hi) }

// drawBubbles paints the waiting actors' bubbles on top of everything else in the scene: a speech bubble for a
// baker, a thought bubble for an eater, each saying why it waits and for how long.
func (g *Game) drawBubbles(dst *ebiten.Image, lay *layout.Layout, bakers bool) {
	side, views := lay.Bakers, g.f.Snap.Bakers
	if !bakers {
		side, views = lay.Eaters, g.f.Snap.Eaters
	}
	// Where the bubbles go, so that one wider than its cell can give way to a neighbour's.
	var at []layout.Point
	for _, v := range views {
		if i, ok := g.places.Of(v); ok && i < len(side.Actors) && v.State.Waiting() {
			at = append(at, side.Actors[i].Center)
		}
	}
	for _, v := range views {
		i, ok := g.places.Of(v)
		if !ok || i >= len(side.Actors) || !v.State.Waiting() {
			continue
		}
		waited := (g.f.Snap.Time - v.Since).Seconds()
		g.drawBubble(dst, lay, side, side.Actors[i], bakers, waited, sharesRow(at, side.Actors[i].Center))
	}
}

// waitText says why an actor waits and for how long, in one wording for both sides: "plate full · 1.3 s",
// "plate empty · 0.7 s"; with no plate, "no eater ready" or "no baker ready".
func waitText(baker bool, capacity int, waited float64) string {
	why := "plate empty"
	switch {
	case baker && capacity == 0:
		why = "no eater ready"
	case baker:
		why = "plate full"
	case capacity == 0:
		why = "no baker ready"
	}
	return fmt.Sprintf("%s · %.1f s", why, waited)
}

func (g *Game) drawBubble(dst *ebiten.Image, lay *layout.Layout, side layout.Side, a layout.Actor, baker bool, waited float64,
	crowded bool) {
	th, u := g.theme, lay.Unit
	col := th.Empty
	if baker {
		col = th.Full
	}
	fc := g.face(lay.SmallSize, true)
	txt := waitText(baker, g.f.Snap.Capacity, waited)
	words := width(txt, fc) + fc.Size*1.15 + 14*u
	if !side.Names || words > lay.Table.Dx() || words > side.Cell*1.02 && crowded {
		// No room for words (or a neighbour's bubble would cover them): a small badge with the sign alone (the
		// tooltip says the rest).
		g.blit(dst, g.sprites.side(baker).badge, a.Bubble.Add(layout.Pt(0, -a.R*0.6)), 1)
		return
	}
	icon := fc.Size * 1.15
	h := fc.Size * 1.6
	w := width(txt, fc) + icon + 14*u
	c := a.Bubble
	top := a.Center.Y - a.R*1.45 - h
	if !baker {
		top = a.Center.Y - a.R*0.95 - h
	}
	box := layout.R(c.X-w/2, top, w, h)
	// Keep the bubble on the table.
	if box.Min.X < lay.Table.Min.X {
		box = layout.R(lay.Table.Min.X+2*u, box.Min.Y, w, h)
	}
	if box.Max.X > lay.Table.Max.X {
		box = layout.R(lay.Table.Max.X-2*u-w, box.Min.Y, w, h)
	}
	g.pen.box(dst, layout.Rect{Min: box.Min.Add(layout.Pt(1.5*u, 1.5*u)), Max: box.Max.Add(layout.Pt(1.5*u, 1.5*u))}, h/2, th.Shadow)
	if baker {
		// A speech bubble with a pointed tail toward the baker.
		g.pen.poly(dst, col, layout.Pt(c.X-5*u, box.Max.Y-1), layout.Pt(c.X+5*u, box.Max.Y-1), layout.Pt(c.X+1*u, box.Max.Y+6*u))
		g.pen.box(dst, box, h*0.3, th.Bubble)
		g.pen.boxLine(dst, box, h*0.3, max(1.5, 1.5*u), col)
	} else {
		// A thought bubble: a rounded cloud and a small circle leading to the head.
		g.pen.circle(dst, layout.Pt(c.X+2*u, box.Max.Y+3.5*u), 2.5*u, col)
		g.pen.box(dst, box, h/2, th.Bubble)
		g.pen.boxLine(dst, box, h/2, max(1.5, 1.5*u), col)
	}
	// The icon: a full plate (disc with loaves) or an empty one (a bare disc).
	ic := layout.Pt(box.Min.X+6*u+icon/2, box.Center().Y)
	g.pen.circle(dst, ic, icon/2, col)
	g.pen.circle(dst, ic, icon/2*0.75, th.Plate)
	if baker {
		for _, d := range []layout.Point{{X: -0.14, Y: -0.1}, {X: 0.14, Y: -0.1}, {X: 0, Y: 0.14}} {
			g.pen.circle(dst, ic.Add(d.Mul(icon)), icon*0.13, th.Full)
		}
	}
	g.write(dst, txt, fc, layout.Pt(box.Min.X+10*u+icon, box.Center().Y), alignStart, alignCenter, col)
}

// sharesRow reports whether another bubble in at is on c's row, where a bubble wider than a cell would run
// into it.
func sharesRow(at []layout.Point, c layout.Point) bool {
	for _, b := range at {
		if b != c && math.Abs(b.Y-c.Y) < 1 {
			return true
		}
	}
	return false
}

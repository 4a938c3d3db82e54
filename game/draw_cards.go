package game

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/sim"
)

// drawFinished says the run is over, with its figures and something to try next, and offers a replay.
func (g *Game) drawFinished(dst *ebiten.Image, lay *layout.Layout) {
	th, u := g.theme, lay.Unit
	st := g.f.Snap.Stats
	card := lay.Card
	g.pen.box(dst, card.Inset(-2*u), 14*u, th.Shadow)
	g.pen.box(dst, card, 12*u, th.Panel)
	g.pen.boxLine(dst, card, 12*u, max(1, u), th.PlateRim)
	bold, reg := g.face(lay.TextSize, true), g.face(lay.SmallSize, false)
	w := card.Dx() - 32*u
	x, y := card.Center().X, card.Min.Y+14*u
	g.write(dst, fit(fmt.Sprintf("Finished: %d loaves baked and eaten in %.2f s", st.Eaten, st.Time.Seconds()), bold, w),
		bold, layout.Pt(x, y), alignCenter, alignStart, th.Text)
	y += lay.TextSize * 1.6
	lines := []string{
		fmt.Sprintf("%.2f loaves a second · at most %d on the plate", st.Throughput, st.MaxOnPlate),
		fmt.Sprintf("bakers blocked %.1f%% · eaters starved %.1f%%", 100*st.BakerBlockedFrac, 100*st.EaterStarvedFrac),
	}
	lines = append(lines, wrap(suggestion(st.Figures, g.f.Scenario), reg, w)...)
	for i, l := range lines[:min(len(lines), lay.CardLines)] {
		col := th.Text
		if i >= 2 {
			col = th.Muted
		}
		g.write(dst, fit(l, reg, w), reg, layout.Pt(x, y), alignCenter, alignStart, col)
		y += lay.SmallSize * 1.5
	}
	b := lay.Replay.Rect
	bg := mix(th.Button, th.Glow, 0.55)
	if b.Contains(g.hover) {
		bg = mix(bg, th.Text, 0.12)
	}
	g.pen.box(dst, b, b.Dy()*0.3, bg)
	g.pen.boxLine(dst, b, b.Dy()*0.3, max(1, lay.Scale), th.PlateRim)
	g.write(dst, "Replay  (R)", bold, b.Center(), alignCenter, alignCenter, th.ButtonText)
}

// suggestion proposes what to try after a run, from what its figures show.
func suggestion(f sim.Figures, sc sim.Scenario) string {
	switch {
	case f.BakerBlockedFrac > 0.15:
		return "Bakers stood waiting: try a bigger plate ( ] ) or one more eater (E)."
	case f.EaterStarvedFrac > 0.15:
		return "Eaters waited hungry: try one more baker (B) or a shorter bake (Shift+O)."
	case sc.Plate > 1:
		return "Nobody waited much: try a plate of 1 ( [ ) and watch who waits."
	}
	return "Try random times (F): the plate fills and empties by chance."
}

// drawNote shows the last message, such as a loaded preset's description or a refused change.
func (g *Game) drawNote(dst *ebiten.Image, lay *layout.Layout) {
	if g.f.Note == "" || g.f.Now > g.f.NoteUntil {
		return
	}
	g.pill(dst, lay, g.f.Note, lay.Table.Min.Y+8*lay.Unit)
}

// drawStepCaption says in words what the last step did ("0:00.50 John puts loaf J1 on the plate (1/6)"), at the
// foot of the table, while the run stays paused after it.
func (g *Game) drawStepCaption(dst *ebiten.Image, lay *layout.Layout) {
	if g.caption == "" {
		return
	}
	g.pill(dst, lay, g.caption, lay.Table.Max.Y-lay.SmallSize*2-8*lay.Unit)
}

// pill writes s in a dark pill centred across the table at height y, cut to fit.
func (g *Game) pill(dst *ebiten.Image, lay *layout.Layout, s string, y float64) {
	th := g.theme
	fc := g.face(lay.SmallSize, false)
	s = fit(s, fc, lay.Table.Dx()-40*lay.Unit)
	w, h := width(s, fc)+24*lay.Unit, lay.SmallSize*2
	r := layout.R(lay.Table.Center().X-w/2, y, w, h)
	g.pen.box(dst, r, h/2, withAlpha(th.Text, 0xE8))
	g.write(dst, s, fc, r.Center(), alignCenter, alignCenter, th.Background)
}

// drawTooltip names what the pointer is over: a button's action and key, a preset's description, or an actor's
// name and state when figures are too small for names.
func (g *Game) drawTooltip(dst *ebiten.Image, lay *layout.Layout) {
	var s string
	if a, ok := lay.Hit(g.hover, g.f.Snap.Finished); ok && !lay.Minimal {
		s = tooltip(a)
	} else if i, bakers, ok := lay.ActorAt(g.hover); ok {
		views := g.f.Snap.Eaters
		if bakers {
			views = g.f.Snap.Bakers
		}
		if v, ok := g.places.At(views, i); ok {
			s = fmt.Sprintf("%s: %s", v.Name, v.State)
			if v.State.Waiting() {
				s = fmt.Sprintf("%s: %s", v.Name, waitText(bakers, g.f.Snap.Capacity, (g.f.Snap.Time-v.Since).Seconds()))
			}
			s += fmt.Sprintf(" · %d loaves", v.Loaves)
		}
	}
	if s == "" {
		return
	}
	th, u := g.theme, lay.Unit
	fc := g.face(lay.SmallSize, false)
	s = fit(s, fc, lay.Size.X-20*u)
	w, h := width(s, fc)+16*u, lay.SmallSize*1.9
	p := g.hover.Add(layout.Pt(12*u, -h-6*u))
	p.X = min(max(p.X, 4*u), lay.Size.X-w-4*u)
	p.Y = max(p.Y, 4*u)
	r := layout.R(p.X, p.Y, w, h)
	g.pen.box(dst, r, 6*u, withAlpha(th.Text, 0xEE))
	g.write(dst, s, fc, r.Center(), alignCenter, alignCenter, th.Background)
}

func tooltip(a control.Action) string {
	if i, ok := a.Preset(); ok {
		p := sim.Presets[i]
		return fmt.Sprintf("%d  %s: %s", i+1, p.Name, p.Description)
	}
	if k := control.KeyFor(a); k != "" {
		return a.String() + "  (" + k + ")"
	}
	return a.String()
}

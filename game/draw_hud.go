package game

import (
	"fmt"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/sim"
)

// drawTop paints the clock, the run's status and counts, and the current settings.
func (g *Game) drawTop(dst *ebiten.Image, lay *layout.Layout) {
	th, u, t := g.theme, lay.Unit, lay.Top
	x := t.Min.X + 14*u
	y := t.Min.Y + 6*u
	title := g.fonts.face(lay.TitleSize, true)
	small := g.fonts.face(lay.SmallSize, false)

	// A clock face, then the simulated time.
	cr := lay.TitleSize * 0.48
	cc := layout.Pt(x+cr, y+lay.TitleSize*0.62)
	g.blit(dst, g.sprites.clock, cc, 1)
	secs := g.f.Snap.Time.Seconds()
	a := secs / 60 * 2 * math.Pi
	g.pen.line(dst, cc, cc.Add(layout.Pt(math.Sin(a), -math.Cos(a)).Mul(cr*0.65)), max(1.5, 1.5*u), th.Text)
	x += 2*cr + 8*u
	clock := fmt.Sprintf("%.2f s", secs)
	g.write(dst, clock, title, layout.Pt(x, y), alignStart, alignStart, th.Text)
	x += max(width(clock, title), width("000.00 s", title)) + 14*u

	// Status: running, paused or finished, with its icon and the speed.
	var status string
	switch {
	case g.f.Snap.Finished:
		status = "finished"
	case g.f.View.Paused:
		status = "paused"
	default:
		status = "running"
	}
	status += "  " + g.speedLabel()
	fc := g.fonts.face(lay.TextSize, true)
	ic := layout.Pt(x+lay.TextSize*0.5, y+lay.TitleSize*0.62)
	si := 0
	switch {
	case g.f.Snap.Finished:
		si = 2
	case g.f.View.Paused:
		si = 1
	}
	g.blit(dst, g.sprites.status[si], ic, 1)
	x += lay.TextSize*1.2 + 4*u
	g.write(dst, status, fc, layout.Pt(x, y+lay.TitleSize*0.62), alignStart, alignCenter, th.Text)
	x += width(status, fc) + 18*u

	st := g.f.Snap.Stats
	counts := fmt.Sprintf("baked %d · eaten %d · on plate %d · %.2f loaves/s", st.Baked, st.Eaten, st.OnPlate, st.Throughput)
	right := t.Max.X - 14*u
	cf := g.fonts.face(lay.TextSize, false)
	g.write(dst, fit(counts, cf, right-x), cf, layout.Pt(right, y+lay.TitleSize*0.62), alignEnd, alignCenter, th.Muted)

	// The settings, and the preset's description when one is loaded.
	line := g.f.Scenario.String() + ". " + g.f.Header.String()
	g.write(dst, fit(line, small, t.Dx()-28*u), small, layout.Pt(t.Min.X+14*u, y+lay.TitleSize*1.35), alignStart, alignStart, th.Muted)
}

func (g *Game) drawPlayIcon(dst *ebiten.Image, c layout.Point, r float64, col color.Color) {
	g.pen.poly(dst, col, c.Add(layout.Pt(-r*0.7, -r)), c.Add(layout.Pt(r, 0)), c.Add(layout.Pt(-r*0.7, r)))
}

func (g *Game) drawPauseIcon(dst *ebiten.Image, c layout.Point, r float64, col color.Color) {
	g.pen.box(dst, layout.R(c.X-r*0.8, c.Y-r, r*0.55, 2*r), r*0.1, col)
	g.pen.box(dst, layout.R(c.X+r*0.25, c.Y-r, r*0.55, 2*r), r*0.1, col)
}

// drawControls paints the control bar from its sprite, then what changes: the lit preset, the button under the
// pointer, the play/pause icon, the times toggle and the steppers' values.
func (g *Game) drawControls(dst *ebiten.Image, lay *layout.Layout) {
	th, u, c := g.theme, lay.Unit, &g.sprites.chrome
	g.blitAt(dst, c.bar, c.barAt)
	sc := &g.f.Scenario
	for _, b := range lay.Buttons {
		r := b.Rect
		if i, ok := b.Action.Preset(); ok && g.f.Header.Preset == sim.Presets[i].Name {
			g.blitAt(dst, c.presetOn, r.Min)
			g.write(dst, fmt.Sprint(i+1), g.fonts.face(r.Dy()*0.5, true), r.Center(), alignCenter, alignCenter, th.ButtonText)
		}
		if r.Contains(g.hover) {
			g.blitScaledTo(dst, c.buttonHot, r)
		}
		switch b.Action {
		case control.PlayPause:
			icon := c.pause
			if g.f.View.Paused || g.f.Snap.Finished {
				icon = c.play
			}
			g.blit(dst, icon, r.Center(), 1)
		case control.ToggleRandom:
			word := "fixed"
			if sc.Bake.Random() || sc.Eat.Random() {
				word = "random"
			}
			capf := g.fonts.face(min(r.Dy()*0.3, 11*u), false)
			val := g.fonts.face(min(r.Dy()*0.42, 16*u), true)
			g.write(dst, "times", capf, layout.Pt(r.Center().X, r.Min.Y+r.Dy()*0.27), alignCenter, alignCenter, th.Muted)
			g.write(dst, fit(word, val, r.Dx()-4), val, layout.Pt(r.Center().X, r.Min.Y+r.Dy()*0.68), alignCenter, alignCenter, th.ButtonText)
		}
	}
	for _, s := range lay.Steppers {
		v := s.Value
		val := g.fonts.face(min(v.Dy()*0.42, 16*u), true)
		g.write(dst, fit(g.stepperValue(s.Kind, sc), val, v.Dx()), val, layout.Pt(v.Center().X, v.Min.Y+v.Dy()*0.68),
			alignCenter, alignCenter, th.Text)
	}
}

func (g *Game) stepperValue(k layout.StepperKind, sc *sim.Scenario) string {
	switch k {
	case layout.SpeedStepper:
		return g.speedLabel()
	case layout.BakersStepper:
		return fmt.Sprint(sc.Bakers)
	case layout.EatersStepper:
		return fmt.Sprint(sc.Eaters)
	case layout.PlateStepper:
		return fmt.Sprint(sc.Plate)
	case layout.BakeStepper:
		return distText(sc.Bake)
	case layout.EatStepper:
		return distText(sc.Eat)
	}
	return ""
}

// distText shows a time distribution compactly: "0.5s", "~1s" for random ones.
func distText(d sim.Dist) string {
	s := fmt.Sprintf("%gs", d.Mean().Seconds())
	if d.Random() {
		return "~" + s
	}
	return s
}

// drawButtonFace draws the fixed face of a button: its icon, sign or number.
func (g *Game) drawButtonFace(dst *ebiten.Image, lay *layout.Layout, b layout.Button) {
	th := g.theme
	r := b.Rect
	c := r.Center()
	s := r.Dy() * 0.26
	fc := g.fonts.face(r.Dy()*0.5, true)
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

// drawFinished says the run is over and offers a replay.
func (g *Game) drawFinished(dst *ebiten.Image, lay *layout.Layout) {
	th, u := g.theme, lay.Unit
	b := lay.Replay.Rect
	fc := g.fonts.face(lay.TextSize, true)
	msg := fmt.Sprintf("Finished: %d loaves baked and eaten in %.2f s", g.f.Snap.Stats.Eaten, g.f.Snap.Time.Seconds())
	w := max(width(msg, fc)+32*u, b.Dx()+32*u)
	h := b.Dy() + lay.TextSize*2.2 + 16*u
	panel := layout.R(b.Center().X-w/2, b.Max.Y-h-8*u, w, h)
	g.pen.box(dst, panel.Inset(-2*u), 14*u, th.Shadow)
	g.pen.box(dst, panel, 12*u, th.Panel)
	g.write(dst, msg, fc, layout.Pt(panel.Center().X, panel.Min.Y+lay.TextSize*1.1), alignCenter, alignCenter, th.Text)
	bg := mix(th.Button, th.Glow, 0.55)
	if b.Contains(g.hover) {
		bg = mix(bg, th.Text, 0.12)
	}
	g.pen.box(dst, b, b.Dy()*0.3, bg)
	g.write(dst, "Replay  (R)", fc, b.Center(), alignCenter, alignCenter, th.ButtonText)
}

// drawNote shows the last message, such as a loaded preset's description or a refused change.
func (g *Game) drawNote(dst *ebiten.Image, lay *layout.Layout) {
	if g.f.Note == "" || g.f.Now > g.f.NoteUntil {
		return
	}
	th, u := g.theme, lay.Unit
	fc := g.fonts.face(lay.SmallSize, false)
	s := fit(g.f.Note, fc, lay.Table.Dx()-40*u)
	w, h := width(s, fc)+24*u, lay.SmallSize*2
	r := layout.R(lay.Table.Center().X-w/2, lay.Table.Min.Y+8*u, w, h)
	g.pen.box(dst, r, h/2, withAlpha(th.Text, 0xE0))
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
		if i < len(views) {
			v := views[i]
			s = fmt.Sprintf("%s: %s", v.Name, v.State)
			if v.State.Waiting() {
				s += fmt.Sprintf(", waited %.1f s", (g.f.Snap.Time - v.Since).Seconds())
			}
			s += fmt.Sprintf(" · %d loaves", v.Loaves)
		}
	}
	if s == "" {
		return
	}
	th, u := g.theme, lay.Unit
	fc := g.fonts.face(lay.SmallSize, false)
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
	if i, ok := a.Preset(); ok && i < len(sim.Presets) {
		p := sim.Presets[i]
		return fmt.Sprintf("%d  %s: %s", i+1, p.Name, p.Description)
	}
	if k := control.KeyFor(a); k != "" {
		return a.String() + "  (" + k + ")"
	}
	return a.String()
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

// speedLabel shows the speed asked for and, when the machine cannot keep up, the speed kept: "64×, running at
// 11×".
func (g *Game) speedLabel() string {
	asked, kept := g.f.View.Speed, g.f.RunningSpeed
	if kept >= asked {
		return session.SpeedText(asked)
	}
	return fmt.Sprintf("%s, running at %.2g×", session.SpeedText(asked), kept)
}

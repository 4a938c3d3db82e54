package game

import (
	"fmt"
	"math"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/sim"
)

// drawTop paints the clock, the run's status and counts, and what the header says of the scenario. Where the
// screen is narrow the counts take a line of their own; what does not fit is shortened, never made smaller.
func (g *Game) drawTop(dst *ebiten.Image, lay *layout.Layout) {
	th, u, t := g.theme, lay.Unit, lay.Top
	x := t.Min.X + 14*u
	y := t.Min.Y + 6*u
	right := t.Max.X - 14*u
	title := g.face(lay.TitleSize, true)
	small := g.face(lay.SmallSize, false)
	mid := y + lay.TitleSize*0.62

	// A clock face, then the simulated time.
	cr := lay.TitleSize * 0.48
	cc := layout.Pt(x+cr, mid)
	g.blit(dst, g.sprites.clock, cc, 1)
	secs := g.f.Snap.Time.Seconds()
	a := secs / 60 * 2 * math.Pi
	g.pen.line(dst, cc, cc.Add(layout.Pt(math.Sin(a), -math.Cos(a)).Mul(cr*0.65)), max(1.5, 1.5*u), th.Text)
	x += 2*cr + 8*u
	clock := fmt.Sprintf("%.2f s", secs)
	g.write(dst, clock, title, layout.Pt(x, y), alignStart, alignStart, th.Text)
	x += max(width(clock, title), width("000.00 s", title)) + 14*u

	// Status: running, paused or finished, with its icon and the speed.
	si, status := 0, "running"
	switch {
	case g.f.Snap.Finished:
		si, status = 2, "finished"
	case g.f.View.Paused:
		si, status = 1, "paused"
	}
	status += "  " + g.speedLabel()
	fc := g.face(lay.TextSize, true)
	g.blit(dst, g.sprites.status[si], layout.Pt(x+lay.TextSize*0.5, mid), 1)
	x += lay.TextSize*1.2 + 4*u
	g.write(dst, fit(status, fc, right-x), fc, layout.Pt(x, mid), alignStart, alignCenter, th.Text)
	x += width(status, fc) + 18*u
	if lay.Minimal {
		return
	}

	// The counts, on the first line if they fit, else on a line of their own.
	cf := g.face(lay.TextSize, false)
	line2 := y + lay.TitleSize*1.35
	counts := g.countsText(cf, right-x)
	if counts != "" && !lay.Narrow {
		g.write(dst, counts, cf, layout.Pt(right, mid), alignEnd, alignCenter, th.Muted)
	} else {
		counts = g.countsText(small, t.Dx()-28*u)
		g.write(dst, counts, small, layout.Pt(t.Min.X+14*u, line2), alignStart, alignStart, th.Muted)
		line2 += lay.SmallSize * 1.4
	}
	// What the scenario is: the preset and its caption while the settings equal it, else what differs.
	line := g.f.Header.String()
	if !lay.Narrow {
		line = g.f.Scenario.String() + ". " + line
	}
	g.write(dst, fit(line, small, t.Dx()-28*u), small, layout.Pt(t.Min.X+14*u, line2), alignStart, alignStart, th.Muted)
}

// countsText is the run's counts in the longest wording that fits w, or "" if none does.
func (g *Game) countsText(fc *text.GoTextFace, w float64) string {
	st := g.f.Snap.Stats
	for _, s := range []string{
		fmt.Sprintf("baked %d · eaten %d · on plate %d · %.2f loaves/s", st.Baked, st.Eaten, g.loaves.OnPlate(), st.Throughput),
		fmt.Sprintf("baked %d · eaten %d · %.2f/s", st.Baked, st.Eaten, st.Throughput),
		fmt.Sprintf("eaten %d", st.Eaten),
	} {
		if width(s, fc) <= w {
			return s
		}
	}
	return ""
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

// drawControls paints the control bar from its sprite, then what changes: the lit preset, the button under the
// pointer, the play/pause icon, the times toggle and the steppers' values.
func (g *Game) drawControls(dst *ebiten.Image, lay *layout.Layout) {
	th, c := g.theme, &g.sprites.chrome
	g.pen.box(dst, lay.Controls, 0, th.Panel)
	g.pen.line(dst, lay.Controls.Min.Add(layout.Pt(0, 0.5*lay.Unit)), layout.Pt(lay.Controls.Max.X, lay.Controls.Min.Y+0.5*lay.Unit),
		max(1, lay.Unit), th.PlateRim)
	for i, row := range c.rows {
		if i < len(lay.Rows) {
			g.blitScaledTo(dst, row, lay.Rows[i])
		}
	}
	sc := &g.f.Scenario
	for _, b := range lay.Buttons {
		r := b.Rect
		if i, ok := b.Action.Preset(); ok && g.f.Header.Preset == sim.Presets[i].Name {
			g.blitScaledTo(dst, c.presetOn, r)
			g.write(dst, fmt.Sprint(i+1), g.face(max(r.Dy()*0.5, lay.TextSize), true), r.Center(), alignCenter, alignCenter, th.ButtonText)
		}
		if p, ok := panelOf[b.Action]; ok && lay.Shown&p != 0 {
			// A panel shown: its button lit, with its name over the light.
			g.blitScaledTo(dst, c.presetOn, r)
			g.drawButtonFace(dst, lay, b)
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
			val := g.face(lay.SmallSize*1.1, true)
			g.write(dst, fit(word, val, r.Dx()-4), val, layout.Pt(r.Center().X, r.Min.Y+r.Dy()*0.7), alignCenter, alignCenter, th.ButtonText)
		}
	}
	for _, s := range lay.Steppers {
		v := s.Value
		val := g.face(lay.SmallSize*1.1, true)
		g.write(dst, fit(g.stepperValue(s.Kind, sc), val, v.Dx()), val, layout.Pt(v.Center().X, v.Min.Y+v.Dy()*0.7),
			alignCenter, alignCenter, th.Text)
	}
}

func (g *Game) stepperValue(k layout.StepperKind, sc *sim.Scenario) string {
	switch k {
	case layout.SpeedStepper:
		return session.SpeedText(g.f.View.Speed)
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

// distText shows a time distribution compactly: "0.5s", "20ms", "2m", "~1s" for random ones.
func distText(d sim.Dist) string {
	m := d.Mean()
	s := fmt.Sprintf("%gs", m.Seconds())
	switch {
	case m < 100*time.Millisecond:
		s = fmt.Sprintf("%dms", m.Milliseconds())
	case m >= time.Minute:
		s = fmt.Sprintf("%gm", math.Round(m.Minutes()*10)/10)
	}
	if d.Random() {
		return "~" + s
	}
	return s
}

// panelOf is the panel each panel button shows.
var panelOf = map[control.Action]layout.Panels{control.ToggleCode: layout.CodePanel,
	control.ToggleChart: layout.ChartPanel, control.ToggleWhatIf: layout.WhatIfPanel}

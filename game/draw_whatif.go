package game

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/sweep"
	"github.com/gobakery/bakery/sim"
)

// whatIfView is where the what-if panel's plots and points are this frame, worked out in Update so that a click
// can load the setting of the point under it.
type whatIfView struct {
	plots  [2]layout.Rect // throughput, then bakers blocked
	data   [2]layout.Rect // the plots' areas for points and curves, under their labels
	top    [2]float64     // each plot's top value
	points []whatIfPoint
}

// whatIfPoint is one simulated point of the sweep, drawn in both plots.
type whatIfPoint struct {
	x      int
	at     [2]layout.Point
	values [2]float64
}

// updateWhatIf lays out the what-if panel's plots for this frame's sweep.
func (g *Game) updateWhatIf() {
	v := &g.whatIf
	r := g.lay.WhatIf
	v.points = v.points[:0]
	sw := g.f.Sweep
	if r.Empty() || sw == nil {
		return
	}
	lay := g.lay
	u := lay.Unit
	inner := layout.Rect{Min: layout.Pt(r.Min.X+34*u, r.Min.Y+lay.TextSize*1.6+lay.SmallSize*1.5),
		Max: layout.Pt(r.Max.X-10*u, r.Max.Y-lay.SmallSize*1.6)}
	gap := 14 * u
	half := (inner.Dx() - gap) / 2
	v.plots[0] = layout.R(inner.Min.X, inner.Min.Y, half, inner.Dy())
	v.plots[1] = layout.R(inner.Min.X+half+gap, inner.Min.Y, half, inner.Dy())
	for i, p := range v.plots {
		v.data[i] = layout.Rect{Min: layout.Pt(p.Min.X+6*u, p.Min.Y+lay.SmallSize*1.5), Max: layout.Pt(p.Max.X-6*u, p.Max.Y-4*u)}
	}
	from, to := sw.Range()
	v.top = [2]float64{0.1, 1}
	pts := sw.Points()
	for _, p := range pts {
		v.top[0] = max(v.top[0], p.Throughput*1.1)
		if p.Exact != nil {
			v.top[0] = max(v.top[0], p.Exact.Throughput*1.1)
		}
	}
	for _, p := range pts {
		wp := whatIfPoint{x: p.X, values: [2]float64{p.Throughput, p.BakerBlockedFrac}}
		for i := range 2 {
			wp.at[i] = plotAt(v.data[i], float64(p.X), float64(from), float64(to), wp.values[i], v.top[i])
		}
		v.points = append(v.points, wp)
	}
}

// plotAt is where (x, y) falls in plot r for x over from..to and y over 0..top.
func plotAt(r layout.Rect, x, from, to, y, top float64) layout.Point {
	fx := 0.5
	if to > from {
		fx = (x - from) / (to - from)
	}
	return layout.Pt(r.Min.X+r.Dx()*fx, r.Max.Y-r.Dy()*min(max(y/top, 0), 1))
}

// pointAt returns the setting of the point at p, if there is one.
func (v *whatIfView) pointAt(p layout.Point, sw *sweep.Sweep, r float64) (sim.Setting, bool) {
	for _, wp := range v.points {
		for _, at := range wp.at {
			if at.Dist(p) <= r {
				return sw.Axis().Setting(wp.x), true
			}
		}
	}
	return sim.Setting{}, false
}

// drawWhatIf paints the what-if panel: for the sweep's settings, the throughput and the bakers' blocked time
// against the plate's capacity (or the number of eaters), simulated points with the exact curve through them
// where there is one, and the sweep's progress. Clicking a point loads its setting.
func (g *Game) drawWhatIf(dst *ebiten.Image, lay *layout.Layout) {
	r := lay.WhatIf
	if r.Empty() {
		return
	}
	th, u := g.theme, lay.Unit
	g.drawPanel(dst, lay, r)
	bold, reg := g.face(lay.TextSize, true), g.face(lay.SmallSize, false)
	x, w := r.Min.X+12*u, r.Dx()-24*u
	sw := g.f.Sweep
	if sw == nil {
		g.write(dst, "What if…", bold, layout.Pt(x, r.Min.Y+lay.TextSize*0.9), alignStart, alignCenter, th.Text)
		g.write(dst, fit("Press W for a sweep of the plate's size.", reg, w), reg, layout.Pt(x, r.Min.Y+lay.TextSize*2.2),
			alignStart, alignCenter, th.Muted)
		return
	}
	from, to := sw.Range()
	title := fmt.Sprintf("What if the %s were %d to %d?", sw.Axis(), from, to)
	g.write(dst, fit(title, bold, w), bold, layout.Pt(x, r.Min.Y+lay.TextSize*0.9), alignStart, alignCenter, th.Text)
	sub := "points simulated; the line is the exact theory; click a point to load it"
	switch {
	case g.f.SweepStale:
		sub = "the settings have changed since: press W twice for a new sweep"
	case !sw.Done():
		sub = fmt.Sprintf("simulating… %.0f%%", sw.Progress()*100)
	case g.whatIfNoCurve():
		sub = "points simulated; no exact curve for these times; click a point to load it"
	}
	g.write(dst, fit(sub, reg, w), reg, layout.Pt(x, r.Min.Y+lay.TextSize*1.6+lay.SmallSize*0.6), alignStart, alignCenter, th.Muted)
	v := &g.whatIf
	names := [2]string{fmt.Sprintf("loaves/s, 0 to %.1f", v.top[0]), "bakers blocked, 0 to 100%"}
	for i, p := range v.plots {
		g.pen.box(dst, p, 4*u, mix(th.Panel, th.Table, 0.12))
		g.write(dst, fit(names[i], reg, p.Dx()-8*u), reg, layout.Pt(p.Min.X+4*u, p.Min.Y+lay.SmallSize*0.7), alignStart, alignCenter, th.Muted)
		g.write(dst, fmt.Sprint(from), reg, layout.Pt(p.Min.X, p.Max.Y+lay.SmallSize*0.8), alignStart, alignCenter, th.Muted)
		g.write(dst, fmt.Sprint(to), reg, layout.Pt(p.Max.X, p.Max.Y+lay.SmallSize*0.8), alignEnd, alignCenter, th.Muted)
		// The exact curve, where there is one.
		var curve []layout.Point
		for k := 0; k <= 60; k++ {
			x := float64(from) + float64(to-from)*float64(k)/60
			f, ok := sw.Curve(x)
			if !ok {
				break
			}
			y := f.Throughput
			if i == 1 {
				y = f.BakerBlockedFrac
			}
			curve = append(curve, plotAt(v.data[i], x, float64(from), float64(to), y, v.top[i]))
		}
		if len(curve) > 1 {
			g.pen.polyline(dst, max(1.5*lay.Scale, 1.5*u), th.Full, curve...)
		}
	}
	// The points, the current setting's ringed.
	cur := g.whatIfCurrent()
	for _, wp := range v.points {
		for _, at := range wp.at {
			if wp.x == cur {
				g.pen.circle(dst, at, 6*u, th.Text)
			}
			g.pen.circle(dst, at, 4*u, th.Empty)
		}
	}
}

// whatIfCurrent is the current scenario's value on the sweep's axis.
func (g *Game) whatIfCurrent() int {
	if g.f.Sweep == nil {
		return -1
	}
	if g.f.Sweep.Axis() == sweep.Eaters {
		return g.f.Scenario.Eaters
	}
	return g.f.Scenario.Plate
}

// whatIfNoCurve reports whether the sweep has no exact curve to draw.
func (g *Game) whatIfNoCurve() bool {
	from, _ := g.f.Sweep.Range()
	_, ok := g.f.Sweep.Curve(float64(from))
	return !ok
}

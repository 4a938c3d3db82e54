package game

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/sim"
)

// recentWindow is the window of the recent throughput.
const recentWindow = 10 * time.Second

// drawChart paints the chart panel: the loaves on the plate over the last minute with the capacity, the
// per-actor bars of busy and waiting time, the throughput recent and overall, the measured figures with their 95% intervals beside the exact ones, and
// Little's law live. What does not fit is left out from the bottom: the plot goes last.
func (g *Game) drawChart(dst *ebiten.Image, lay *layout.Layout) {
	r := lay.Chart
	if r.Empty() {
		return
	}
	th, u := g.theme, lay.Unit
	g.drawPanel(dst, lay, r)
	bold, reg := g.face(lay.TextSize, true), g.face(lay.SmallSize, false)
	line := lay.SmallSize * 1.45
	x, w := r.Min.X+12*u, r.Dx()-24*u
	y := r.Min.Y + lay.TextSize*0.9
	g.write(dst, fit("The numbers, and what theory says", bold, w), bold, layout.Pt(x, y), alignStart, alignCenter, th.Text)
	y += lay.TextSize * 1.1

	rows := g.figureRows()
	lines := len(rows) + 3
	if g.f.Theory == nil && g.f.NoTheory != "" {
		lines += 2 // why there is no exact column, wrapped
	}
	textH := line * float64(lines)
	tw := w // the table's width
	var side layout.Rect
	if plotH := r.Max.Y - 8*u - y - textH; plotH >= 60*lay.Scale {
		// The plate over time, and beside it how each actor spent its time.
		pw := w * 0.58
		g.drawPlots(dst, lay, layout.R(x, y, pw, plotH), layout.R(x+pw+6*u, y, w-pw-6*u, plotH))
		y += plotH + 4*u
	} else if w >= 440*lay.Scale {
		// No room above the figures, but beside them: a short, wide panel (the code above it) keeps its plot.
		tw = w * 0.62
		side = layout.R(x+tw+10*u, y+line, w-tw-10*u, line*float64(len(rows)+1)-2*u)
	}
	// The throughput, recent and overall.
	recent, ok := recentThroughput(g.f.History)
	st := g.f.Snap.Stats
	thr := fmt.Sprintf("throughput %.2f loaves/s overall", st.Throughput)
	if ok {
		thr = fmt.Sprintf("throughput %.2f loaves/s in the last %.0f s, %.2f overall", recent, recentWindow.Seconds(), st.Throughput)
	}
	g.write(dst, fit(thr, reg, w), reg, layout.Pt(x, y+line/2), alignStart, alignCenter, th.Text)
	y += line
	// Measured beside exact, and the plot beside them if it goes there.
	if !side.Empty() {
		ph := side.Dy() * 0.6
		g.drawPlots(dst, lay, layout.R(side.Min.X, side.Min.Y, side.Dx(), ph),
			layout.R(side.Min.X, side.Min.Y+ph+3*u, side.Dx(), side.Dy()-ph-3*u))
	}
	col1, col2 := x+tw*0.42, x+tw*0.78
	small := g.face(lay.SmallSize, true)
	g.write(dst, "measured (95%)", small, layout.Pt(col1, y+line/2), alignStart, alignCenter, th.Muted)
	exact := "exact"
	if g.f.Theory == nil {
		exact = "no exact"
	}
	g.write(dst, exact, small, layout.Pt(col2, y+line/2), alignStart, alignCenter, th.Muted)
	y += line
	for _, row := range rows {
		if y+line > r.Max.Y-4*u {
			break // a short panel shows the first figures
		}
		g.write(dst, fit(row.name, reg, col1-x-4*u), reg, layout.Pt(x, y+line/2), alignStart, alignCenter, th.Text)
		g.write(dst, fit(row.measured, reg, col2-col1-4*u), reg, layout.Pt(col1, y+line/2), alignStart, alignCenter, th.Text)
		g.write(dst, fit(row.exact, reg, x+tw-col2), reg, layout.Pt(col2, y+line/2), alignStart, alignCenter, th.Text)
		y += line
	}
	// Little's law, or why there is no exact column.
	l := g.f.Little
	law := fmt.Sprintf("Little's law so far: L %.2f = λ %.2f/s × W %.2f s = %.2f", l.L, l.Lambda, l.W, l.LambdaW)
	if y+line <= r.Max.Y-4*u {
		g.write(dst, fit(law, reg, w), reg, layout.Pt(x, y+line/2), alignStart, alignCenter, th.Muted)
		y += line
	}
	if g.f.Theory == nil && g.f.NoTheory != "" {
		// Why there is no exact column, on as many lines as are left.
		why := "No exact column: " + strings.TrimPrefix(g.f.NoTheory, "no exact answer: ")
		for _, l := range wrap(why, reg, w) {
			if y+line > r.Max.Y-4*u {
				break
			}
			g.write(dst, fit(l, reg, w), reg, layout.Pt(x, y+line/2), alignStart, alignCenter, th.Muted)
			y += line
		}
	}
}

// figureRow is one line of the figures: its name, the measured value, the exact one.
type figureRow struct{ name, measured, exact string }

// figureRows are the measured figures, with their intervals once the run has measured enough to have them,
// beside the exact ones where the scenario has them.
func (g *Game) figureRows() []figureRow {
	e, st, th := &g.f.Estimates, &g.f.Snap.Stats, g.f.Theory
	num := func(est sim.Estimate, ok bool, whole float64, unit string, pct bool) string {
		k, f := 1.0, "%.2f"
		if pct {
			k, f = 100, "%.1f"
		}
		if !ok {
			return fmt.Sprintf(f+"%s", whole*k, unit)
		}
		return fmt.Sprintf(f+" ± "+f+"%s", est.Mean*k, est.HalfWidth*k, unit)
	}
	ex := func(v float64, unit string, pct bool) string {
		if th == nil || math.IsInf(v, 0) || math.IsNaN(v) {
			return "—"
		}
		if pct {
			return fmt.Sprintf("%.1f%%", v*100)
		}
		return fmt.Sprintf("%.2f%s", v, unit)
	}
	var tf sim.Figures
	if th != nil {
		tf = *th
	}
	return []figureRow{
		{"throughput", num(e.Throughput, e.OK.Throughput, st.Throughput, "/s", false), ex(tf.Throughput, "/s", false)},
		{"mean on the plate", num(e.MeanOnPlate, e.OK.MeanOnPlate, st.MeanOnPlate, "", false), ex(tf.MeanOnPlate, "", false)},
		{"mean wait on it", num(e.MeanWait, e.OK.MeanWait, st.MeanWait, " s", false), ex(tf.MeanWait, " s", false)},
		{"bakers blocked", num(e.BakerBlocked, e.OK.BakerBlocked, st.BakerBlockedFrac, "%", true), ex(tf.BakerBlockedFrac, "", true)},
		{"eaters starved", num(e.EaterStarved, e.OK.EaterStarved, st.EaterStarvedFrac, "%", true), ex(tf.EaterStarvedFrac, "", true)},
	}
}

// recentThroughput is the loaves eaten a second over the last recentWindow of the samples.
func recentThroughput(h []session.Sample) (float64, bool) {
	if len(h) < 2 {
		return 0, false
	}
	last := h[len(h)-1]
	for i := len(h) - 2; i >= 0; i-- {
		if last.T-h[i].T >= recentWindow {
			return float64(last.Eaten-h[i].Eaten) / (last.T - h[i].T).Seconds(), true
		}
	}
	return 0, false
}

// drawPlatePlot draws the loaves on the plate over the last minute of simulated time as a step line, with the
// capacity as a line of its own, in r.
func (g *Game) drawPlatePlot(dst *ebiten.Image, lay *layout.Layout, r layout.Rect) {
	th, u := g.theme, lay.Unit
	h := g.f.History
	reg := g.face(lay.SmallSize, false)
	g.pen.box(dst, r, 6*u, mix(th.Panel, th.Plate, 0.5))
	g.write(dst, fit("loaves on the plate, the last minute", reg, r.Dx()-8*u), reg,
		layout.Pt(r.Min.X+6*u, r.Min.Y+lay.SmallSize*0.8), alignStart, alignCenter, th.Muted)
	if len(h) < 2 {
		return
	}
	top := 1
	for _, s := range h {
		top = max(top, s.OnPlate, s.Capacity)
	}
	plot := layout.Rect{Min: layout.Pt(r.Min.X+28*u, r.Min.Y+lay.SmallSize*2.1), Max: layout.Pt(r.Max.X-6*u, r.Max.Y-lay.SmallSize*0.6)}
	end := h[len(h)-1].T
	start := end - session.SampleWindow
	px := func(t time.Duration) float64 {
		return plot.Min.X + plot.Dx()*float64(t-start)/float64(session.SampleWindow)
	}
	py := func(n int) float64 { return plot.Max.Y - plot.Dy()*float64(n)/float64(top) }
	g.write(dst, fmt.Sprint(top), reg, layout.Pt(plot.Min.X-4*u, py(top)), alignEnd, alignCenter, th.Muted)
	g.write(dst, "0", reg, layout.Pt(plot.Min.X-4*u, py(0)), alignEnd, alignCenter, th.Muted)
	g.pen.line(dst, layout.Pt(plot.Min.X, py(0)), layout.Pt(plot.Max.X, py(0)), max(1, lay.Scale), th.PlateRim)
	// The capacity, over time (it may have been changed).
	var capLine, plateLine []layout.Point
	for i, s := range h {
		x := max(px(s.T), plot.Min.X)
		if i > 0 {
			capLine = append(capLine, layout.Pt(x, py(h[i-1].Capacity)))
			plateLine = append(plateLine, layout.Pt(x, py(h[i-1].OnPlate)))
		}
		capLine = append(capLine, layout.Pt(x, py(s.Capacity)))
		plateLine = append(plateLine, layout.Pt(x, py(s.OnPlate)))
	}
	g.pen.polyline(dst, max(1.5*lay.Scale, 1.5*u), withAlpha(th.Full, 0xB0), capLine...)
	g.pen.polyline(dst, max(2*lay.Scale, 2*u), th.Empty, plateLine...)
}

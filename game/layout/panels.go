package layout

import (
	"math"
	"strings"

	"github.com/gobakery/bakery/game/control"
)

// Panels is a set of the panels beside the scene.
type Panels uint8

// The panels.
const (
	// CodePanel shows the Go program, each actor on the line it is at.
	CodePanel Panels = 1 << iota
	// ChartPanel shows the plate over time, the throughput, each actor's time, and the theory.
	ChartPanel
	// WhatIfPanel shows a sweep: the figures against the plate's capacity or the number of eaters.
	WhatIfPanel
)

var panelNames = [...]string{"code", "chart", "whatif"}

// String lists the panels: "code,chart", or "none".
func (p Panels) String() string {
	var names []string
	for i, n := range panelNames {
		if p&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ",")
}

// Room, in CSS pixels, that panels need beside the scene in a landscape window, and that the scene keeps.
const (
	minPanelW = 360
	maxPanelW = 580
	minSceneW = 560
	// Panels chosen (panels=code,chart), not left to auto, may narrow the scene to minChosenSceneW: an embed of
	// 800×450 that asks for them gets them.
	minChosenSceneW = 400
	// Upright, a panel is at least minPortraitPanel CSS px tall and the scene keeps minPortraitScene.
	minPortraitPanel = 170
	minPortraitScene = 230
)

// layoutPanels takes the panels' column from the right of the table (or, upright, a band below it), when they
// are asked for and there is room: the scene keeps at least minSceneW CSS px and the panels get at least
// minPanelW. Asked for automatically (PanelsAuto), only the code and the charts are shown, and only in the full
// interface.
func (l *Layout) layoutPanels() {
	want := l.Panels
	if l.PanelsAuto {
		want = 0
		if !l.Minimal && !l.AutoMinimal {
			want = CodePanel | ChartPanel
		}
	}
	if want == 0 {
		return
	}
	s, u := l.Scale, l.Unit
	gap := 8 * u
	t := l.Table
	n := 0
	for p := want; p != 0; p &= p - 1 {
		n++
	}
	var area Rect
	if l.Portrait {
		// A band below the scene, as many panels as fit at minPortraitPanel each, leaving the scene
		// minPortraitScene: on a phone, one. Those asked for last in the bar's order (what if, the charts, the
		// code) go first, so a toggle pressed shows its panel.
		fit := int((t.Dy() - minPortraitScene*s - gap) / (minPortraitPanel * s))
		if l.PanelsAuto && fit < n {
			return // shown by themselves only where both fit: a phone shows the scene
		}
		for n > max(fit, 0) {
			for _, p := range []Panels{CodePanel, ChartPanel, WhatIfPanel} {
				if want&p != 0 {
					want &^= p
					n--
					break
				}
			}
		}
		if n == 0 {
			return
		}
		h := max(min(t.Dy()*0.5, float64(n)*260*s), float64(n)*minPortraitPanel*s)
		area = Rect{Point{t.Min.X, t.Max.Y - h}, t.Max}
		l.Table.Max.Y = area.Min.Y - gap
	} else {
		// At most maxPanelW, grown with the text on a large screen (a projector's 1920×1080 draws it half
		// as large again), so that the program's lines still fit.
		w := clamp(t.Dx()*0.43, minPanelW*s, maxPanelW*max(u, s))
		minScene := float64(minSceneW)
		if !l.PanelsAuto {
			minScene = minChosenSceneW
		}
		if t.Dx()-w-gap < minScene*s || t.Dy() < 300*s {
			return
		}
		area = Rect{Point{t.Max.X - w, t.Min.Y}, t.Max}
		l.Table.Max.X = area.Min.X - gap
	}
	l.Shown = want
	// Stack the panels shown, the code taller than the others.
	weights := map[Panels]float64{CodePanel: 1.2, ChartPanel: 1, WhatIfPanel: 0.8}
	total := 0.0
	for _, p := range []Panels{CodePanel, ChartPanel, WhatIfPanel} {
		if want&p != 0 {
			total += weights[p]
		}
	}
	y := area.Min.Y
	free := area.Dy() - gap*float64(n-1)
	for _, p := range []Panels{CodePanel, ChartPanel, WhatIfPanel} {
		if want&p == 0 {
			continue
		}
		h := free * weights[p] / total
		r := R(area.Min.X, y, area.Dx(), h)
		switch p {
		case CodePanel:
			l.Code = r
		case ChartPanel:
			l.Chart = r
		case WhatIfPanel:
			l.WhatIf = r
		}
		y += h + gap
	}
}

// minTourTable is the least height, in CSS pixels, the tour's card leaves the scene.
const minTourTable = 160

// layoutTour takes a band at the top of the table for the tour's card: its text, and buttons to go back, on,
// and out of the tour.
func (l *Layout) layoutTour() {
	if !l.Tour {
		return
	}
	s, u := l.Scale, l.Unit
	bh := MinPoint * s
	if l.Touch {
		bh = MinTouch * s
	}
	t := l.Table
	bw := max(bh*2.2, 88*s)
	if l.Narrow {
		bw = max(bh*1.6, 64*s)
	}
	// As tall as the paragraphs need, wrapped beside the buttons (at about half an em a character), but leaving
	// the scene at least minTourTable; a card that cannot show its title and buttons is left out.
	textW := t.Dx() - 3*(bw+8*u) - 34*u
	lines := 0.0
	for _, n := range l.TourText {
		if n > 0 {
			lines += math.Ceil(float64(n) * l.SmallSize * 0.5 / max(textW, l.SmallSize))
		}
	}
	h := max(l.TextSize*1.5+l.SmallSize*1.45*lines+16*u, bh+16*u)
	h = min(h, t.Dy()-minTourTable*s)
	if h < bh+16*u {
		return
	}
	l.TourCard = R(t.Min.X, t.Min.Y, t.Dx(), h)
	l.Table.Min.Y += h + 6*u
	c := l.TourCard
	x := c.Max.X - 10*u - bw
	y := c.Min.Y + (c.Dy()-bh)/2
	for _, a := range []control.Action{control.TourLeave, control.TourNext, control.TourBack} {
		if a == control.TourNext && l.TourLast || a == control.TourBack && l.TourFirst {
			continue // no button, no tooltip, nothing to click where none is drawn
		}
		l.Buttons = append(l.Buttons, Button{R(x, y, bw, bh), a})
		x -= bw + 8*u
	}
}

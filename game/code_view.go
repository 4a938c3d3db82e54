package game

import (
	"slices"
	"strings"
	"sync"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/gocode"
	"github.com/gobakery/bakery/sim"
)

// codeView is what the code panel shows this frame, worked out in Update so that Draw only draws and a click can
// find a marker: the lines in view, and each actor's marker on the line it is at.
type codeView struct {
	size     float64 // the font's size
	lineH    float64
	first    int // the first line in view, 1-based
	n        int // how many lines are in view
	text     layout.Rect
	gutter   float64 // the width of the markers' column
	markers  []marker
	more     map[int]int // line → markers that did not fit
	shown    map[int]int // line → markers shown on it, when some did not fit: the count goes after them
	selected int         // the selected actor's line, 0 if none
	busy     map[int]bool
	// adv and countW are Go Mono's advance and the width of a count ("+99") at the size measuredAt.
	adv, countW, measuredAt float64
}

// marker is one actor on its line of the program.
type marker struct {
	id      sim.ActorID
	baker   bool
	colour  int
	initial string
	at      layout.Point
	r       float64
	line    int
}

// maxMarkers is how many markers a line shows at most; the rest are counted ("+2"). A line shows fewer where
// the gutter and its indentation have no room for them and the count (see markersFit).
const maxMarkers = 3

// loadProgram parses the embedded program once, on first use: only the code panel needs it, and never the first
// frame. It always parses (gocode's tests make sure); were it not to, the panel would stay empty.
var loadProgram = sync.OnceValues(gocode.Load)

// program is the Go program the code panel shows, or nil.
func (g *Game) program() *gocode.Program {
	p, _ := loadProgram()
	return p
}

// updateCode works out the code panel for this frame.
func (g *Game) updateCode() {
	v := &g.code
	r := g.lay.Code
	if r.Empty() || g.firstFrame() || g.program() == nil {
		*v = codeView{}
		return
	}
	lay := g.lay
	u := lay.Unit
	head := lay.TextSize * 1.8
	lines := g.program().Lines()
	v.size = lay.SmallSize
	v.lineH = v.size * 1.35
	// Markers sit in a narrow gutter and run on into a line's indentation (the lines goroutines wait at are
	// indented by a tab or two).
	v.gutter = v.size * 1.3 * 1.6
	v.text = layout.Rect{Min: layout.Pt(r.Min.X+10*u+v.gutter, r.Min.Y+head), Max: layout.Pt(r.Max.X-4*u, r.Max.Y-6*u)}
	v.n = max(min(int(v.text.Dy()/v.lineH), len(lines)), 1)
	// Keep the goroutines' lines in view: the window is centred on the lines the states are at.
	lo, hi := len(lines), 1
	for _, l := range g.program().StateLines() {
		lo, hi = min(lo, l), max(hi, l)
	}
	// Keep the goroutines' lines in view, moved by what the learner scrolled (the wheel over the panel), so
	// that the rest of the program (run, with make(chan Loaf, n) and close) can be read too.
	v.first = 1
	if v.n < len(lines) {
		auto := clampInt((lo+hi)/2-v.n/2, 1, len(lines)-v.n+1)
		v.first = clampInt(auto+g.codeScroll, 1, len(lines)-v.n+1)
		g.codeScroll = v.first - auto
	}
	v.markers = v.markers[:0]
	if v.more == nil {
		v.more, v.shown, v.busy = map[int]int{}, map[int]int{}, map[int]bool{}
	}
	clear(v.more)
	clear(v.shown)
	clear(v.busy)
	v.selected = 0
	// Each actor's line, once: a line's markers are laid out knowing how many share it.
	type onLine struct {
		a    sim.ActorView
		line int
	}
	var at []onLine
	total := map[int]int{}
	for _, side := range [][]sim.ActorView{g.f.Snap.Bakers, g.f.Snap.Eaters} {
		for _, a := range side {
			if line, ok := g.program().ActorLine(&g.f.Snap, a); ok {
				total[line]++
				at = append(at, onLine{a, line})
			}
		}
	}
	if v.measuredAt != v.size {
		v.adv, v.countW, v.measuredAt = width("0", g.monoFace(v.size)), width("+99", g.face(lay.SmallSize, true)), v.size
	}
	type lineFit struct {
		fit     int
		step    float64
		counted bool
	}
	fits := map[int]lineFit{}
	count := map[int]int{}
	for _, o := range at {
		a, line := o.a, o.line
		if line < v.first || line >= v.first+v.n {
			continue
		}
		v.busy[line] = true
		if a.ID == g.selected {
			v.selected = line
		}
		lf, ok := fits[line]
		if !ok {
			lf.fit, lf.step, lf.counted = v.markersFit(lines[line-1], v.adv, v.countW, total[line])
			fits[line] = lf
			if lf.fit < total[line] && lf.counted {
				v.shown[line] = lf.fit
			}
		}
		k := count[line]
		count[line]++
		if k >= lf.fit && a.ID != g.selected {
			if lf.counted {
				v.more[line]++
			}
			continue
		}
		k = min(k, lf.fit-1)
		y := v.text.Min.Y + (float64(line-v.first)+0.5)*v.lineH
		m := marker{id: a.ID, baker: a.Role == sim.BakerRole, line: line, r: v.size * 0.6,
			at: layout.Pt(r.Min.X+8*u+v.size*0.65+float64(k)*lf.step, y)}
		if m.baker {
			m.colour = g.f.Colour(a.ID)
		}
		for _, c := range a.Name {
			m.initial = string(c)
			break
		}
		v.markers = append(v.markers, m)
	}
	// The selected actor's marker is drawn last, on top.
	slices.SortStableFunc(v.markers, func(a, b marker) int {
		switch {
		case a.id == g.selected && b.id != g.selected:
			return 1
		case b.id == g.selected && a.id != g.selected:
			return -1
		}
		return 0
	})
}

// markersFit is how many of n markers a line shows, how far apart, and whether the count of the rest ("+2")
// follows them: as many as its gutter and indentation hold, at most maxMarkers, with room (countW) for the
// count when not all fit. A line with no room for even one marker and the count (a closing brace, where the
// bakers who are done stand) shows its markers overlapping instead, and no count.
func (v *codeView) markersFit(line string, adv, countW float64, n int) (fit int, step float64, counted bool) {
	indent := len(line) - len(strings.TrimLeft(line, " "))
	room := v.gutter + float64(indent)*adv - v.size*0.4
	step = v.size * 1.3
	fit = min(int(room/step), maxMarkers)
	if n <= fit {
		return max(n, 1), step, true
	}
	if fit = min(int((room-countW)/step), maxMarkers); fit >= 1 {
		return fit, step, true
	}
	least := v.size * 0.35 // overlapping by two thirds, each still shows its edge
	fit = max(min(n, maxMarkers, 1+int((room-step)/least)), 1)
	if fit > 1 {
		step = (room - step) / float64(fit-1)
	}
	return fit, min(step, v.size*1.3), false
}

// markerAt returns the actor whose marker is at p.
func (v *codeView) markerAt(p layout.Point) (sim.ActorID, bool) {
	for i := len(v.markers) - 1; i >= 0; i-- {
		m := v.markers[i]
		if m.at.Dist(p) <= m.r*1.3 {
			return m.id, true
		}
	}
	return 0, false
}

func clampInt(v, lo, hi int) int { return min(max(v, lo), hi) }

package game

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/sim"
)

// specialKeys are the keys that type no character but do something.
var specialKeys = [...]struct {
	key ebiten.Key
	is  control.Key
}{{ebiten.KeyArrowRight, control.ArrowRight}, {ebiten.KeyEscape, control.Escape}}

// readInput turns this tick's keys, clicks and touches into actions.
func (g *Game) readInput() {
	var buf [16]rune
	for _, r := range ebiten.AppendInputChars(buf[:0]) {
		g.act(control.ForRune(r))
	}
	for _, k := range specialKeys {
		if inpututil.IsKeyJustPressed(k.key) {
			g.act(control.ForKey(k.is))
		}
	}
	x, y := ebiten.CursorPosition()
	g.hover = layout.Pt(float64(x), float64(y))
	if inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft) {
		g.click(g.hover)
	}
	if _, dy := ebiten.Wheel(); dy != 0 && g.lay.Code.Contains(g.hover) {
		g.codeScroll -= wheelLines(dy, wheelNotch)
	}
	var ids [8]ebiten.TouchID
	for _, id := range inpututil.AppendJustPressedTouchIDs(ids[:0]) {
		x, y := ebiten.TouchPosition(id)
		p := layout.Pt(float64(x), float64(y))
		g.hover = p
		g.click(p)
	}
}

// act does what a key or a button asks for: the help overlay is the screen's own; everything else is a change
// for the session.
func (g *Game) act(a control.Action) {
	switch a {
	case control.None:
		return
	case control.Help:
		g.help = !g.help
		return
	case control.Close:
		g.help = false
		return
	case control.MoreControls:
		g.more = !g.more // how the screen is laid out, not the session's
		return
	}
	g.help = false
	_ = g.s.Do(session.Act(a)) // a full queue is said on screen by the session
}

// click presses the on-canvas button at p; with the help overlay open, any click closes it.
func (g *Game) click(p layout.Point) {
	if g.help {
		g.help = false
		return
	}
	if a, ok := g.lay.Hit(p, g.f.Snap.Finished); ok {
		g.act(a)
		return
	}
	// A point of the what-if sweep loads its setting.
	if sw := g.f.Sweep; sw != nil {
		if s, ok := g.whatIf.pointAt(p, sw, 10*g.lay.Unit); ok {
			_ = g.s.Set([]sim.Setting{s})
			return
		}
	}
	// An actor, in the scene or by its marker in the code panel, is followed: lit in both. Again, let go.
	id, ok := g.code.markerAt(p)
	if !ok {
		if i, bakers, hit := g.lay.ActorAt(p); hit {
			views := g.f.Snap.Eaters
			if bakers {
				views = g.f.Snap.Bakers
			}
			if v, found := g.places.At(views, i); found {
				id, ok = v.ID, true
			}
		}
	}
	if ok {
		if id == g.selected {
			id = 0
		}
		g.selected = id
		_ = g.s.Do(session.Follow(id)) // a step then runs to this goroutine's next event
		g.updateCode()
	}
}

// wheelLines is how many lines of code a wheel turn of dy scrolls, notch being one notch's dy: three lines a
// notch, and at least one line for any turn (a touchpad's are small).
func wheelLines(dy, notch float64) int {
	n := int(math.Round(dy / notch * 3))
	if n == 0 {
		n = int(math.Copysign(1, dy))
	}
	return n
}

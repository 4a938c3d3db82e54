package game

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/layout"
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
		if a := control.ForRune(r); a != control.None {
			g.act(a)
		}
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
	var ids [8]ebiten.TouchID
	for _, id := range inpututil.AppendJustPressedTouchIDs(ids[:0]) {
		x, y := ebiten.TouchPosition(id)
		p := layout.Pt(float64(x), float64(y))
		g.hover = p
		g.click(p)
	}
}

// click presses the on-canvas button at p; with the help overlay open, any click closes it.
func (g *Game) click(p layout.Point) {
	if g.help {
		g.help = false
		return
	}
	if a, ok := g.lay.Hit(p, g.snap.Finished); ok {
		g.act(a)
	}
}

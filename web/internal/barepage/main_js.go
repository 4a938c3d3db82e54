//go:build js

package main

import (
	"fmt"
	"image/color"
	"os"
	"sync/atomic"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// bare fills one rectangle on a screen the size of the window.
type bare struct {
	updated atomic.Bool
	drawn   atomic.Bool
}

// Update implements ebiten.Game.
func (b *bare) Update() error {
	b.updated.Store(true)
	return nil
}

// Draw implements ebiten.Game: one filled rectangle, the screen's middle half.
func (b *bare) Draw(screen *ebiten.Image) {
	s := screen.Bounds().Size()
	vector.DrawFilledRect(screen, float32(s.X)/4, float32(s.Y)/4, float32(s.X)/2, float32(s.Y)/2,
		color.RGBA{0xd0, 0x8a, 0x3e, 0xff}, false)
	if b.updated.Load() {
		b.drawn.Store(true)
	}
}

// Layout implements ebiten.Game: the screen is the window.
func (b *bare) Layout(outsideWidth, outsideHeight int) (int, int) {
	return outsideWidth, outsideHeight
}

func main() {
	mark("bakery-go-main")
	b := &bare{}
	mark("bakery-game-made")
	waitFirstFrame(&b.drawn)
	if err := ebiten.RunGame(b); err != nil {
		fmt.Fprintln(os.Stderr, "barepage:", err)
		os.Exit(1)
	}
}

// waitFirstFrame marks bakery-first-frame as Bakery's bridge does: in the animation frame after the one in
// which the game first updated and drew, so that web/measure times both pages alike.
func waitFirstFrame(drawn *atomic.Bool) {
	raf := js.Global().Get("requestAnimationFrame")
	var tick js.Func
	seen := false
	tick = js.FuncOf(func(js.Value, []js.Value) any {
		if seen {
			tick.Release()
			mark("bakery-first-frame")
			return nil
		}
		seen = drawn.Load()
		raf.Invoke(tick)
		return nil
	})
	raf.Invoke(tick)
}

// mark records a performance mark.
func mark(name string) {
	js.Global().Get("performance").Call("mark", name)
}

// Bakery shows bakers and eaters sharing a plate, the producer–consumer model, as an animated scene: on the
// desktop in a window, and in a browser built with GOOS=js GOARCH=wasm.
package main

import (
	"fmt"
	"os"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game"
	"github.com/gobakery/bakery/game/desktop"
	"github.com/gobakery/bakery/game/layout"
)

func main() {
	cfg, opts, connect, err := startup()
	if err != nil {
		fail(2, err)
	}
	g, err := game.New(cfg, opts)
	if err != nil {
		fail(2, err)
	}
	w := opts.Window
	if w.X == 0 || w.Y == 0 {
		w = layout.DefaultWindow
	}
	ebiten.SetWindowSize(w.X, w.Y)
	ebiten.SetWindowSizeLimits(layout.MinWindow.X, layout.MinWindow.Y, -1, -1)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	ebiten.SetWindowTitle("Bakery: bakers, eaters and a plate")
	// The game ends its session itself when the window closes.
	ebiten.SetWindowClosingHandled(true)
	connect(g)
	if err := ebiten.RunGame(g); err != nil {
		fail(1, err)
	}
}

func fail(code int, err error) {
	fmt.Fprintln(os.Stderr, "bakery: "+desktop.OneLine(err))
	os.Exit(code)
}

// Bakery shows bakers and eaters sharing a plate, the producer–consumer model, as an animated scene: on the
// desktop in a window, and in a browser built with GOOS=js GOARCH=wasm.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game"
)

func main() {
	cfg, err := loadConfig()
	if errors.Is(err, flag.ErrHelp) {
		os.Exit(0)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bakery: "+oneLine(err))
		os.Exit(2)
	}
	g, err := game.New(cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bakery: "+oneLine(err))
		os.Exit(2)
	}
	w := cfg.Window
	if w.X == 0 || w.Y == 0 {
		w = game.DefaultWindow
	}
	ebiten.SetWindowSize(w.X, w.Y)
	ebiten.SetWindowSizeLimits(game.MinWindow.X, game.MinWindow.Y, -1, -1)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	ebiten.SetWindowTitle("Bakery: bakers, eaters and a plate")
	// The game ends its simulation itself when the window closes.
	ebiten.SetWindowClosingHandled(true)
	startBridge(g)
	if err := ebiten.RunGame(g); err != nil {
		fmt.Fprintln(os.Stderr, "bakery: "+oneLine(err))
		os.Exit(1)
	}
}

// oneLine joins the lines of a (possibly joined) error with "; ".
func oneLine(err error) string {
	return strings.ReplaceAll(strings.TrimSpace(err.Error()), "\n", "; ")
}

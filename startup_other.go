//go:build !js

package main

import (
	"github.com/gobakery/bakery/game"
	"github.com/gobakery/bakery/game/desktop"
	"github.com/gobakery/bakery/game/session"
)

// startup reads the command line (already read, and checked, before Ebitengine started: see package desktop).
// The desktop has no page to connect to.
func startup() (session.Config, game.Options, func(*game.Game), error) {
	f, err := desktop.CommandLine()
	opts := game.Options{Window: f.Window, Screenshot: f.Screenshot, At: f.At, Record: f.Record, RecordFor: f.For}
	return f.Session, opts, func(*game.Game) {}, err
}

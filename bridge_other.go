//go:build !js

package main

import "github.com/gobakery/bakery/game"

// startBridge does nothing outside the browser: there is no host page to talk to.
func startBridge(g *game.Game) {}

package main

import (
	"github.com/gobakery/bakery/game"
	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/web/page"
)

// startup reads the page's URL; bad parameters are notices on the page, never a failure. The game is then
// connected to the page.
func startup() (session.Config, game.Options, func(*game.Game), error) {
	return page.Config(), game.Options{}, func(g *game.Game) { page.Start(g) }, nil
}

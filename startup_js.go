package main

import (
	"github.com/gobakery/bakery/game"
	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/web/page"
)

// startup reads the page's URL; bad parameters are notices on the page, never a failure.
func startup() (session.Config, game.Options, func(*session.Session), error) {
	return page.Config(), game.Options{}, page.Start, nil
}

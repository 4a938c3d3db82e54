package tour

import (
	"strings"

	"github.com/gobakery/bakery/sim"
)

// Guide is where a reader is in the tour: at a chapter, or out of it. The zero Guide is out of the tour; [Start]
// opens it at the first chapter. A session holds one and, whenever a move returns true, loads the chapter's
// settings through its one road for changes. A Guide is a small value: copy it freely; it is not safe for
// concurrent use.
type Guide struct {
	at int // 1 + the chapter's index in Chapters; 0 when out of the tour
}

// Start returns a Guide at the first chapter.
func Start() Guide { return Guide{at: 1} }

// FromURL returns the Guide a tour= URL value asks for: "" for the first chapter (the page opens on the tour),
// [Off] for none, or a chapter's name. Any other value is a [*sim.SettingError], with the Guide at the first
// chapter, as if the value had not been given.
func FromURL(value string) (Guide, error) {
	v := strings.TrimSpace(value)
	switch v {
	case "":
		return Start(), nil
	case Off:
		return Guide{}, nil
	}
	if _, i, ok := ByName(v); ok {
		return Guide{at: i + 1}, nil
	}
	return Start(), &sim.SettingError{Key: Param.Name, Value: value,
		Allowed: Off + " or a chapter: " + strings.Join(Names(), ", ")}
}

// Chapter returns the chapter shown, or false out of the tour.
func (g Guide) Chapter() (Chapter, bool) {
	if g.at < 1 || g.at > len(Chapters) {
		return Chapter{}, false
	}
	return Chapters[g.at-1], true
}

// Name is the name of the chapter shown, for state().tour, or "" out of the tour (null there).
func (g Guide) Name() string {
	c, _ := g.Chapter()
	return c.Name
}

// Active reports whether a chapter is shown.
func (g Guide) Active() bool {
	_, ok := g.Chapter()
	return ok
}

// Position returns the chapter's place and the number of chapters, for "2 of 6"; the place is 0 out of the tour.
func (g Guide) Position() (n, of int) {
	if !g.Active() {
		return 0, len(Chapters)
	}
	return g.at, len(Chapters)
}

// Next moves to the next chapter and reports whether it moved: not from the last chapter, nor out of the tour.
func (g *Guide) Next() bool {
	if !g.Active() || g.at == len(Chapters) {
		return false
	}
	g.at++
	return true
}

// Back moves to the chapter before and reports whether it moved: not from the first, nor out of the tour.
func (g *Guide) Back() bool {
	if !g.Active() || g.at == 1 {
		return false
	}
	g.at--
	return true
}

// Leave ends the tour; the scene stays as it is.
func (g *Guide) Leave() { g.at = 0 }

// Open moves as the URL value would (see [FromURL]): to the named chapter from anywhere, to the first for "",
// out of the tour for [Off]. An unknown name is a [*sim.SettingError] and leaves the Guide as it was.
func (g *Guide) Open(value string) error {
	to, err := FromURL(value)
	if err != nil {
		return err
	}
	*g = to
	return nil
}

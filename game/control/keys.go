package control

import (
	"fmt"
	"strings"

	"github.com/gobakery/bakery/sim"
)

// Key is a key that types no character but still does something.
type Key uint8

// The keys without a character that the game listens to.
const (
	ArrowRight Key = iota
	Escape
)

// Binding is one row of the key table: an action, the keys that do it, and its words.
type Binding struct {
	Action Action
	// Chars are the typed characters that do it. Typed characters rather than physical keys are used so that
	// Shift+B arrives as 'B' and '+' works on any keyboard layout.
	Chars string
	// Keys are keys that type nothing but do it too.
	Keys []Key
	// Label is the key as the help and the tooltips show it: "B", "Shift+B", "Space".
	Label string
	// Name is what it does, as a tooltip says: "one more baker".
	Name string
	// Line is its line in the help; actions in a row with the same Line share it: "one more / one fewer baker".
	Line string
}

// Bindings is the key table: every key, its action, and its words. The help overlay, the tooltips and the
// keyboard handling all read it. The number keys 1–9 load the presets of sim.Presets and are not listed here.
var Bindings = []Binding{
	{PlayPause, " ", nil, "Space", "play / pause", "play / pause"},
	{Step, ".>", []Key{ArrowRight}, "→ or .", "step one event", "step one event (pauses)"},
	{SpeedDown, "-_", nil, "-", "slower", "slower / faster (0.25× to 64×)"},
	{SpeedUp, "+=", nil, "+", "faster", "slower / faster (0.25× to 64×)"},
	{Reset, "rR", nil, "R", "reset", "reset: start the run again"},
	{BakersUp, "b", nil, "B", "one more baker", "one more / one fewer baker"},
	{BakersDown, "B", nil, "Shift+B", "one baker fewer", "one more / one fewer baker"},
	{EatersUp, "e", nil, "E", "one more eater", "one more / one fewer eater"},
	{EatersDown, "E", nil, "Shift+E", "one eater fewer", "one more / one fewer eater"},
	{PlateUp, "]", nil, "]", "bigger plate", "bigger / smaller plate"},
	{PlateDown, "[", nil, "[", "smaller plate", "bigger / smaller plate"},
	{BakeLonger, "o", nil, "O", "longer bake", "longer / shorter bake (oven) time"},
	{BakeShorter, "O", nil, "Shift+O", "shorter bake", "longer / shorter bake (oven) time"},
	{EatLonger, "m", nil, "M", "longer meal", "longer / shorter eat (meal) time"},
	{EatShorter, "M", nil, "Shift+M", "shorter meal", "longer / shorter eat (meal) time"},
	{ToggleRandom, "fF", nil, "F", "fixed / random times", "fixed or random (exponential) times"},
	{ToggleCode, "cC", nil, "C", "the code", "show / hide the Go program"},
	{ToggleChart, "gG", nil, "G", "the charts", "show / hide the charts and the theory"},
	{ToggleWhatIf, "wW", nil, "W", "what if", "show / hide a what-if sweep of the plate"},
	{TourNext, "n", nil, "N", "next chapter", "the tour: next / previous chapter"},
	{TourBack, "p", nil, "P", "previous chapter", "the tour: next / previous chapter"},
	{Help, "hH?", nil, "H or ?", "help", "show / hide this help"},
	{Close, "", []Key{Escape}, "Esc", "close", "close the help"},
}

func bindingOf(a Action) (Binding, bool) {
	for _, b := range Bindings {
		if b.Action == a {
			return b, true
		}
	}
	return Binding{}, false
}

// ForRune maps a typed character to its action; None means the character does nothing.
func ForRune(r rune) Action {
	if r >= '1' && r <= '0'+MaxPresetKeys {
		return PresetAction(int(r - '1'))
	}
	for _, b := range Bindings {
		if strings.ContainsRune(b.Chars, r) {
			return b.Action
		}
	}
	return None
}

// ForKey maps a key without a character to its action.
func ForKey(k Key) Action {
	for _, b := range Bindings {
		for _, bk := range b.Keys {
			if bk == k {
				return b.Action
			}
		}
	}
	return None
}

// KeyFor names the key that does a, as the help shows it ("Shift+B", "3"), or "" if no key does it.
func KeyFor(a Action) string {
	if i, ok := a.Preset(); ok {
		if i < MaxPresetKeys {
			return fmt.Sprint(i + 1)
		}
		return ""
	}
	if b, ok := bindingOf(a); ok {
		return b.Label
	}
	return ""
}

// Shortcut is one line of the help overlay: the keys and what they do.
type Shortcut struct {
	Keys, What string
}

// Shortcuts lists the help overlay's lines, from the key table: actions that share a line are joined
// ("B  /  Shift+B"), and a last line for the preset keys.
func Shortcuts() []Shortcut {
	var out []Shortcut
	for _, b := range Bindings {
		if n := len(out); n > 0 && out[n-1].What == b.Line {
			out[n-1].Keys += "  /  " + b.Label
			continue
		}
		out = append(out, Shortcut{Keys: b.Label, What: b.Line})
	}
	n := min(len(sim.Presets), MaxPresetKeys)
	switch {
	case n == 1:
		out = append(out, Shortcut{Keys: "1", What: "load the preset"})
	case n > 1:
		out = append(out, Shortcut{Keys: fmt.Sprintf("1 – %d", n), What: "load a preset"})
	}
	return out
}

package session

import (
	"fmt"
	"strconv"
	"strings"
)

// UI says how much of the interface is shown around the scene.
type UI uint8

// The UIs.
const (
	// UIFull shows the clock, the settings, the figures and the on-canvas controls.
	UIFull UI = iota
	// UIMinimal shows the scene and the clock, for small embeds.
	UIMinimal
)

var uiNames = [...]string{"full", "minimal"}

// String returns the UI's name as the ui setting takes it.
func (u UI) String() string { return nameOf(uiNames[:], int(u), "UI") }

// Theme is the colour theme asked for; ThemeAuto follows the system's preference.
type Theme uint8

// The themes.
const (
	ThemeAuto Theme = iota
	ThemeLight
	ThemeDark
)

var themeNames = [...]string{"auto", "light", "dark"}

// String returns the theme's name as the theme setting takes it.
func (t Theme) String() string { return nameOf(themeNames[:], int(t), "Theme") }

// Pref is an on/off choice that can also follow the system's preference.
type Pref uint8

// The choices.
const (
	PrefAuto Pref = iota
	PrefOff
	PrefOn
)

var prefNames = [...]string{"auto", "false", "true"}

// String returns the choice as a setting takes it: "auto", "false" or "true".
func (p Pref) String() string { return nameOf(prefNames[:], int(p), "Pref") }

func nameOf(names []string, i int, typ string) string {
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return typ + "(" + strconv.Itoa(i) + ")"
}

// View is how the session is shown and run, beside the scenario: the settings of the game's own keys.
type View struct {
	// Speed is simulated seconds per second of the wall clock, MinSpeed..MaxSpeed.
	Speed  float64
	Paused bool
	UI     UI
	Theme  Theme
	// ReducedMotion turns loaf flights off: loaves jump to where they go.
	ReducedMotion Pref
	// Panels are the panels beside the scene the reader chose; the layout decides where they go.
	Panels Panels
}

// Speeds bound View.Speed; the speed keys step through powers of two between them.
const (
	MinSpeed = 0.25
	MaxSpeed = 64.0
)

// DefaultView is normal speed, running, the full interface, the system's theme and motion preference, and the
// panels where there is room.
func DefaultView() View { return View{Speed: 1} }

// System is what the system prefers, for the settings left to it (ThemeAuto, PrefAuto).
type System struct {
	Dark          bool
	ReducedMotion bool
	// Touch says the main pointer is a finger (CSS pointer: coarse): controls grow to be touched.
	Touch bool
}

// Look is the look in effect: the view's choices, with the system's preference where the view leaves it.
type Look struct {
	UI            UI
	Dark          bool
	ReducedMotion bool
	Touch         bool
}

// LookOf resolves v's choices against the system's preferences.
func LookOf(v View, sys System) Look {
	l := Look{UI: v.UI, Dark: sys.Dark, ReducedMotion: sys.ReducedMotion, Touch: sys.Touch}
	switch v.Theme {
	case ThemeLight:
		l.Dark = false
	case ThemeDark:
		l.Dark = true
	}
	switch v.ReducedMotion {
	case PrefOff:
		l.ReducedMotion = false
	case PrefOn:
		l.ReducedMotion = true
	}
	return l
}

// ThemeName is the name of the theme in effect: "light" or "dark".
func (l Look) ThemeName() string {
	if l.Dark {
		return "dark"
	}
	return "light"
}

// parseChoice reads v as one of names, returning its index.
func parseChoice(v string, names []string) (int, bool) {
	v = strings.TrimSpace(v)
	for i, n := range names {
		if v == n {
			return i, true
		}
	}
	return 0, false
}

// SpeedText shows a speed factor: "1×", "0.25×".
func SpeedText(s float64) string { return fmt.Sprintf("%g×", s) }

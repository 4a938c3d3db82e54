// Package control names what a player can do and maps keys to it, without needing a display.
package control

// Action is one thing a player can ask for, from a key or an on-canvas button.
type Action uint8

// The actions, in the order the help overlay lists them.
const (
	None Action = iota
	PlayPause
	Step
	SpeedDown
	SpeedUp
	Reset
	BakersUp
	BakersDown
	EatersUp
	EatersDown
	PlateUp
	PlateDown
	BakeLonger
	BakeShorter
	EatLonger
	EatShorter
	ToggleRandom
	Preset1
	Preset2
	Preset3
	Preset4
	Preset5
	Preset6
	Help
	Close
)

var actionNames = [...]string{
	None:         "none",
	PlayPause:    "play/pause",
	Step:         "step one event",
	SpeedDown:    "slower",
	SpeedUp:      "faster",
	Reset:        "reset",
	BakersUp:     "one more baker",
	BakersDown:   "one baker fewer",
	EatersUp:     "one more eater",
	EatersDown:   "one eater fewer",
	PlateUp:      "bigger plate",
	PlateDown:    "smaller plate",
	BakeLonger:   "longer bake",
	BakeShorter:  "shorter bake",
	EatLonger:    "longer meal",
	EatShorter:   "shorter meal",
	ToggleRandom: "fixed/random times",
	Preset1:      "preset 1",
	Preset2:      "preset 2",
	Preset3:      "preset 3",
	Preset4:      "preset 4",
	Preset5:      "preset 5",
	Preset6:      "preset 6",
	Help:         "help",
	Close:        "close",
}

// String names the action as the help overlay does.
func (a Action) String() string {
	if int(a) < len(actionNames) {
		return actionNames[a]
	}
	return "action?"
}

// Preset reports which preset (0-based) the action loads, if it loads one.
func (a Action) Preset() (int, bool) {
	if a >= Preset1 && a <= Preset6 {
		return int(a - Preset1), true
	}
	return 0, false
}

// PresetAction returns the action that loads preset i (0-based), or None if there is no such preset key.
func PresetAction(i int) Action {
	if i < 0 || i > int(Preset6-Preset1) {
		return None
	}
	return Preset1 + Action(i)
}

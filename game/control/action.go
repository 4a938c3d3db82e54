// Package control names what a player can do and which keys do it, in one table, without needing a display.
package control

import (
	"fmt"

	"github.com/gobakery/bakery/sim"
)

// Action is one thing a player can ask for, from a key, an on-canvas button or the JavaScript API.
type Action uint8

// The actions. The presets' actions follow the last of these, one per preset of sim.Presets (see
// PresetAction).
const (
	None Action = iota
	PlayPause
	Play  // the API's play(): run, starting again if the run has finished
	Pause // the API's pause()
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
	Help
	Close
	ToggleCode   // show or hide the code panel
	ToggleChart  // show or hide the charts
	ToggleWhatIf // show or hide the what-if sweep, starting one if none runs
	TourNext     // the tour's next chapter
	TourBack     // the tour's previous chapter
	TourLeave    // leave the tour
	Record       // record a GIF of the next seconds
	MoreControls // show every control where only the essential ones fit (a phone held sideways), or go back
	firstPreset
)

// MaxPresetKeys is how many presets the number keys reach: 1 to 9.
const MaxPresetKeys = 9

// PresetAction returns the action that loads sim.Presets[i], or None if there is no such preset.
func PresetAction(i int) Action {
	if i < 0 || i >= len(sim.Presets) || int(firstPreset)+i > 255 {
		return None
	}
	return firstPreset + Action(i)
}

// Preset reports which preset (an index of sim.Presets) the action loads, if it loads one.
func (a Action) Preset() (int, bool) {
	if a < firstPreset || int(a-firstPreset) >= len(sim.Presets) {
		return 0, false
	}
	return int(a - firstPreset), true
}

// String names the action as a tooltip does: "one more baker", "preset 3: fast-bakers".
func (a Action) String() string {
	if i, ok := a.Preset(); ok {
		return fmt.Sprintf("preset %d: %s", i+1, sim.Presets[i].Name)
	}
	switch a {
	case None:
		return "none"
	case Play:
		return "play"
	case Pause:
		return "pause"
	case TourLeave:
		return "leave the tour"
	case Record:
		return "record a GIF"
	case MoreControls:
		return "all the controls / fewer"
	}
	if b, ok := bindingOf(a); ok {
		return b.Name
	}
	return fmt.Sprintf("Action(%d)", a)
}

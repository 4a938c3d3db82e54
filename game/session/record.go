package session

import (
	"strconv"
	"strings"

	"github.com/gobakery/bakery/sim"
)

// Bounds of a recording, in seconds.
const (
	MinRecord     = 1.0
	MaxRecord     = 60.0
	DefaultRecord = 10.0
)

// Record is the change that asks for a recording (an animated GIF) of the next seconds, MinRecord to MaxRecord:
// once applied, Frame.Record holds the seconds for one frame and the game does the capture. A bad number is a
// *sim.SettingError for the key "seconds". It is safe for concurrent use.
func Record(seconds float64) (Change, error) {
	if !(seconds >= MinRecord && seconds <= MaxRecord) {
		return Change{}, &sim.SettingError{Key: "seconds", Value: strconv.FormatFloat(seconds, 'g', -1, 64),
			Allowed: "a number of seconds from 1 to 60"}
	}
	return Change{record: seconds}, nil
}

// ParseRecord is Record for a typed number of seconds, as a page passes it; "" means DefaultRecord.
func ParseRecord(seconds string) (Change, error) {
	v := strings.TrimSpace(seconds)
	if v == "" {
		return Record(DefaultRecord)
	}
	f, err := strconv.ParseFloat(strings.TrimSuffix(v, "s"), 64)
	if err != nil {
		return Change{}, &sim.SettingError{Key: "seconds", Value: clip(seconds, 80), Allowed: "a number of seconds from 1 to 60"}
	}
	return Record(f)
}

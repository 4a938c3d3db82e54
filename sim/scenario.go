package sim

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Scenario is everything that decides a run: who bakes, who eats, the plate, the times, and the seed.
// The same scenario always produces the same run.
type Scenario struct {
	// Preset is the name of the preset the scenario started from, or "" for none.
	Preset string
	Bakers int
	Eaters int
	// Plate is the plate's capacity; 0 makes it an unbuffered channel.
	Plate int
	Bake  Dist
	Eat   Dist
	// Batch is how many loaves each baker makes before it stops; 0 means forever.
	Batch int
	Seed  uint64
	// BakerNames and EaterNames name the first actors; the rest get default names.
	BakerNames []string
	EaterNames []string
}

// Limits bound the settings a user may type. The headless tool accepts thousands of actors; a screen fewer.
type Limits struct {
	MaxActors int // bakers, and separately eaters
	MaxPlate  int
}

// DefaultLimits are generous enough for headless runs.
var DefaultLimits = Limits{MaxActors: 10000, MaxPlate: 100000}

// Max values for settings that do not depend on [Limits].
const (
	MaxBatch   = 1_000_000_000
	MaxNameLen = 24
)

// Key describes one setting that a flag, a URL parameter or a JavaScript call may carry.
type Key struct {
	Name string
	Help string
	Arg  string // what the setting takes, as a flag's usage names it: N, TIME, NAMES
}

// Keys lists the scenario settings in the order a user would read them.
var Keys = []Key{
	{"preset", "start from a preset: " + strings.Join(PresetNames(), ", "), "NAME"},
	{"bakers", "number of bakers", "N"},
	{"eaters", "number of eaters", "N"},
	{"plate", "loaves the plate holds (0: hand to hand, like an unbuffered channel)", "N"},
	{"bake", "time to bake a loaf: 0.5s, 500ms, exp:0.5s (random, that mean), uniform:0.2s..0.8s", "TIME"},
	{"eat", "time to eat a loaf, same forms as bake", "TIME"},
	{"batch", "loaves each baker makes, then stops (0: bake forever)", "N"},
	{"seed", "seed for random times (a whole number)", "N"},
	{"baker-names", "names for the bakers, comma-separated", "NAMES"},
	{"eater-names", "names for the eaters, comma-separated", "NAMES"},
}

// IsKey reports whether name is one of [Keys].
func IsKey(name string) bool {
	for _, k := range Keys {
		if k.Name == name {
			return true
		}
	}
	return false
}

// Setting is one key and the value a user typed for it.
type Setting struct {
	Key, Value string
}

// SettingError is a bad setting: which one, what was typed, and what is allowed.
type SettingError struct {
	Key, Value string
	Allowed    string
}

// Error says which setting, what was typed and what is allowed: `plate "-1": want a whole number 0..1000`.
func (e *SettingError) Error() string {
	return fmt.Sprintf("%s %q: want %s", e.Key, e.Value, e.Allowed)
}

// Parse builds a scenario from settings under the given limits. The preset (default "seed") is applied first,
// whatever its position; the other keys then override it in order. Every bad setting is reported, each as a
// [*SettingError] joined with [errors.Join], and leaves the preset's value in place, so the scenario returned is
// always usable. A key given twice is set twice: what a user typed goes through [Once] first.
func Parse(settings []Setting, lim Limits) (Scenario, error) {
	var errs []error
	sc := MustPreset("seed")
	for _, s := range settings {
		if s.Key == "preset" {
			p, ok := Preset(s.Value)
			if !ok {
				errs = append(errs, &SettingError{"preset", s.Value, "one of " + strings.Join(PresetNames(), ", ")})
				continue
			}
			sc = p
		}
	}
	for _, s := range settings {
		if s.Key == "preset" {
			continue
		}
		if err := sc.Set(s.Key, s.Value, lim); err != nil {
			errs = append(errs, err)
		}
	}
	return sc, errors.Join(errs...)
}

// Set changes one setting of sc, or returns a [*SettingError] and leaves sc as it was. The key "preset" replaces
// the whole scenario.
func (sc *Scenario) Set(key, value string, lim Limits) error {
	bad := func(allowed string) error { return &SettingError{key, value, allowed} }
	v := strings.TrimSpace(value)
	switch key {
	case "preset":
		p, ok := Preset(v)
		if !ok {
			return bad("one of " + strings.Join(PresetNames(), ", "))
		}
		*sc = p
		return nil
	case "bakers", "eaters", "plate", "batch":
		hi := map[string]int{"bakers": lim.MaxActors, "eaters": lim.MaxActors, "plate": lim.MaxPlate, "batch": MaxBatch}[key]
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > hi {
			return bad(fmt.Sprintf("a whole number 0..%d", hi))
		}
		switch key {
		case "bakers":
			sc.Bakers = n
		case "eaters":
			sc.Eaters = n
		case "plate":
			sc.Plate = n
		case "batch":
			sc.Batch = n
		}
	case "bake", "eat":
		d, err := ParseDist(v)
		if err != nil {
			return bad(fmt.Sprintf("a time from %s to %s such as 0.5s, 500ms, exp:0.5s or uniform:0.2s..0.8s (%v)",
				fmtSeconds(MinDuration), fmtSeconds(MaxDuration), err))
		}
		if key == "bake" {
			sc.Bake = d
		} else {
			sc.Eat = d
		}
	case "seed":
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			return bad("a whole number 0..18446744073709551615")
		}
		sc.Seed = n
	case "baker-names", "eater-names":
		names, err := parseNames(v, lim.MaxActors)
		if err != nil {
			return bad(fmt.Sprintf("up to %d comma-separated names of 1..%d letters (%v)", lim.MaxActors, MaxNameLen, err))
		}
		if key == "baker-names" {
			sc.BakerNames = names
		} else {
			sc.EaterNames = names
		}
	default:
		names := make([]string, len(Keys))
		for i, k := range Keys {
			names[i] = k.Name
		}
		return &SettingError{key, value, "a known setting: " + strings.Join(names, ", ")}
	}
	sc.Preset = ""
	return nil
}

func parseNames(v string, most int) ([]string, error) {
	if v == "" {
		return nil, nil
	}
	parts := strings.Split(v, ",")
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
	}
	return parts, checkNames(parts, most)
}

// checkNames applies the rules for names: at most most of them, each 1..MaxNameLen printable characters with no
// comma and no space at either end (so that the comma-separated text form reads back the same), each drawn by
// the game's fonts (see drawnName), and no two drawn alike (so that no two actors of a role share a name; the
// default names skip any a given name takes, see defaultName).
func checkNames(names []string, most int) error {
	if len(names) > most {
		return fmt.Errorf("%d names", len(names))
	}
	seen := make(map[string]int, len(names))
	for i, p := range names {
		n := utf8.RuneCountInString(p)
		switch {
		case !utf8.ValidString(p):
			return fmt.Errorf("name %d is not valid UTF-8", i+1)
		case n == 0 || n > MaxNameLen:
			return fmt.Errorf("name %d is %d letters", i+1, n)
		case strings.TrimSpace(p) != p:
			return fmt.Errorf("name %d starts or ends with a space", i+1)
		case strings.ContainsRune(p, ','):
			return fmt.Errorf("name %d has a comma", i+1)
		}
		for _, r := range p {
			if !unicode.IsPrint(r) {
				return fmt.Errorf("name %d has an unprintable character", i+1)
			}
		}
		drawn, err := drawnName(p, i)
		if err != nil {
			return err
		}
		if j, ok := seen[drawn]; ok {
			return fmt.Errorf("names %d and %d are both %q", j+1, i+1, drawn)
		}
		seen[drawn] = i
	}
	return nil
}

// Check validates every field of sc under lim, as Parse would have.
func (sc Scenario) Check(lim Limits) error {
	var errs []error
	for _, s := range sc.Settings() {
		switch s.Key {
		case "baker-names", "eater-names":
			continue // checked one by one below: the joined text would hide a comma inside a name
		case "bake", "eat":
			d := sc.Bake
			if s.Key == "eat" {
				d = sc.Eat
			}
			if err := d.check(); err != nil { // the text form cannot show a bad kind
				errs = append(errs, &SettingError{s.Key, s.Value, fmt.Sprintf("a time from %s to %s (%v)",
					fmtSeconds(MinDuration), fmtSeconds(MaxDuration), err)})
				continue
			}
		}
		var probe Scenario
		if err := probe.Set(s.Key, s.Value, lim); err != nil {
			errs = append(errs, err)
		}
	}
	for _, n := range []struct {
		key   string
		names []string
	}{{"baker-names", sc.BakerNames}, {"eater-names", sc.EaterNames}} {
		if err := checkNames(n.names, lim.MaxActors); err != nil {
			errs = append(errs, &SettingError{n.key, strings.Join(n.names, ","),
				fmt.Sprintf("up to %d names of 1..%d letters (%v)", lim.MaxActors, MaxNameLen, err)})
		}
	}
	return errors.Join(errs...)
}

// Settings returns sc as settings that [Parse] turns back into sc (but for the preset's name). An empty
// names value means default names.
func (sc Scenario) Settings() []Setting {
	s := []Setting{
		{"bakers", strconv.Itoa(sc.Bakers)},
		{"eaters", strconv.Itoa(sc.Eaters)},
		{"plate", strconv.Itoa(sc.Plate)},
		{"bake", sc.Bake.String()},
		{"eat", sc.Eat.String()},
		{"batch", strconv.Itoa(sc.Batch)},
		{"seed", strconv.FormatUint(sc.Seed, 10)},
		{"baker-names", strings.Join(sc.BakerNames, ",")},
		{"eater-names", strings.Join(sc.EaterNames, ",")},
	}
	return s
}

// String describes the scenario in one line, as a reader would want it.
func (sc Scenario) String() string {
	batch := "forever"
	if sc.Batch > 0 {
		batch = fmt.Sprintf("%d each", sc.Batch)
	}
	return fmt.Sprintf("%s, %s, plate %d, bake %s, eat %s, batch %s, seed %d",
		plural(sc.Bakers, "baker"), plural(sc.Eaters, "eater"), sc.Plate, sc.Bake, sc.Eat, batch, sc.Seed)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// Defaults are the settings a scenario starts from when none is given: the seed preset's, by key.
func Defaults() map[string]string {
	d := map[string]string{"preset": "seed"}
	for _, s := range MustPreset("seed").Settings() {
		d[s.Key] = s.Value
	}
	return d
}

package sim

import (
	"fmt"
	"slices"
)

// RepeatedError is a setting given twice with two values (?bakers=3&bakers=5): which was meant cannot be known.
type RepeatedError struct {
	Key, First, Then string
}

// Error says which setting and both values: `bakers given twice, as "3" and as "5": give it once`.
func (e *RepeatedError) Error() string {
	return fmt.Sprintf("%s given twice, as %q and as %q: give it once", e.Key, clipText(e.First), clipText(e.Then))
}

// Once returns settings with each key once, its first value kept, and a [*RepeatedError] for each later value
// that differs from the first. The same value twice is no conflict.
func Once(settings []Setting) ([]Setting, []error) {
	var kept []Setting
	var errs []error
	for i, s := range settings {
		j := slices.IndexFunc(settings[:i], func(o Setting) bool { return o.Key == s.Key })
		switch {
		case j < 0:
			kept = append(kept, s)
		case settings[j].Value != s.Value:
			errs = append(errs, &RepeatedError{Key: s.Key, First: settings[j].Value, Then: s.Value})
		}
	}
	return kept, errs
}

// clipText shortens a value quoted in an error to 20 characters.
func clipText(s string) string {
	r := []rune(s)
	if len(r) <= 20 {
		return s
	}
	return string(r[:19]) + "…"
}

package tour

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gobakery/bakery/sim"
)

// Challenge is a chapter's puzzle: find the least value of one setting (the knob) whose exact long-run
// figures meet a goal, the rest of the scenario as the chapter loads it. The figures come from [sim.Exact], so
// a check does not depend on the seed or on how long the run has gone.
type Challenge struct {
	// Knob is the one setting the reader changes: "plate", "bakers" or "eaters".
	Knob string
	// Figure says the figure the goal is on, as the reader sees it, with %s for its value:
	// "bakers blocked %s of the time".
	Figure string
	// Below makes the goal figure < Bound; otherwise it is figure ≥ Bound.
	Below bool
	Bound float64
	// Percent shows the figure and the bound as percentages.
	Percent bool
	// Hints are for a reader who is stuck, gentlest first, one line each.
	Hints []string

	of func(sim.Figures) float64 // the figure, from the exact figures
}

// Check scores sc against the chapter's challenge: ok if the knob is at the least value that meets the goal,
// with a sentence saying why, in the exact figures. A chapter without a challenge is never ok.
func (c Chapter) Check(sc sim.Scenario) (ok bool, why string) {
	ch := c.Challenge
	if ch == nil {
		return false, "this chapter has no challenge"
	}
	base, err := c.Scenario(sim.DefaultLimits)
	if err != nil {
		return false, err.Error()
	}
	if k, v := changed(base, sc, ch.Knob); k != "" {
		return false, fmt.Sprintf("Change only the %s: set %s back to %s.", ch.Knob, k, v)
	}
	n := knob(sc, ch.Knob)
	f, err := sim.Exact(sc)
	if err != nil {
		return false, err.Error()
	}
	said := capital(ch.label(n)) + ": " + fmt.Sprintf(ch.Figure, ch.format(ch.of(f)))
	if !ch.meets(ch.of(f)) {
		return false, fmt.Sprintf("%s, not %s yet.", said, ch.goal())
	}
	if n == 0 {
		return true, fmt.Sprintf("%s, %s. Well done!", said, ch.goal())
	}
	less := sc
	if err := less.Set(ch.Knob, strconv.Itoa(n-1), sim.DefaultLimits); err != nil {
		return false, err.Error()
	}
	fl, err := sim.Exact(less)
	if err != nil {
		return false, err.Error()
	}
	if ch.meets(ch.of(fl)) {
		return false, fmt.Sprintf("%s, %s, but %s %s it too (%s).", said, ch.goal(), ch.label(n-1),
			ch.verb(n-1, "does", "do"), ch.format(ch.of(fl)))
	}
	return true, fmt.Sprintf("%s, %s, and %s %s not (%s). Well done!", said, ch.goal(), ch.label(n-1),
		ch.verb(n-1, "does", "do"), ch.format(ch.of(fl)))
}

func (ch *Challenge) meets(v float64) bool {
	if ch.Below {
		return v < ch.Bound
	}
	return v >= ch.Bound
}

func (ch *Challenge) format(v float64) string {
	if ch.Percent {
		return strconv.FormatFloat(100*v, 'f', 1, 64) + "%"
	}
	return strconv.FormatFloat(v, 'f', 2, 64)
}

// goal says the goal in words: "under 10%", "2.5 or more".
func (ch *Challenge) goal() string {
	b := strconv.FormatFloat(ch.Bound, 'f', -1, 64)
	if ch.Percent {
		b = strconv.FormatFloat(100*ch.Bound, 'f', -1, 64) + "%"
	}
	if ch.Below {
		return "under " + b
	}
	return b + " or more"
}

// label names the knob at value n: "plate 4", "6 eaters", "1 eater".
func (ch *Challenge) label(n int) string {
	switch {
	case ch.Knob == "plate":
		return fmt.Sprintf("plate %d", n)
	case n == 1:
		return "1 " + strings.TrimSuffix(ch.Knob, "s")
	}
	return fmt.Sprintf("%d %s", n, ch.Knob)
}

// verb picks the form of a verb that agrees with the knob at value n.
func (ch *Challenge) verb(n int, one, many string) string {
	if ch.Knob == "plate" || n == 1 {
		return one
	}
	return many
}

func capital(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// knob returns the value of the setting key in sc, from its text form.
func knob(sc sim.Scenario, key string) int {
	for _, s := range sc.Settings() {
		if s.Key == key {
			n, _ := strconv.Atoi(s.Value)
			return n
		}
	}
	return 0
}

// changed returns the first setting, other than the knob, that differs between base and sc and the value it
// has in base, or "" if none does. The seed and the names are free: the exact figures do not depend on them.
func changed(base, sc sim.Scenario, knob string) (key, value string) {
	got := sc.Settings()
	for i, s := range base.Settings() {
		switch s.Key {
		case knob, "seed", "baker-names", "eater-names":
			continue
		}
		if got[i] != s {
			return s.Key, s.Value
		}
	}
	return "", ""
}

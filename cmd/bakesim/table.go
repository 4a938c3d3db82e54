package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"github.com/gobakery/bakery/sim"
)

// maxRows is how many bakers or eaters the table lists before it summarises the rest.
const maxRows = 20

// writeTable prints the summary as a reader wants it: the scenario, the run's figures (beside the exact ones
// when asked), then each baker and eater.
func writeTable(w io.Writer, sc sim.Scenario, sum sim.Summary, theory bool) {
	fmt.Fprintf(w, "Bakery: %s\n", sc)
	if sum.Finished {
		fmt.Fprintf(w, "Finished at %gs: every loaf baked and eaten (%d events).\n\n", sum.Time, sum.Events)
	} else {
		fmt.Fprintf(w, "Stopped at %gs (%d events).\n\n", sum.Time, sum.Events)
	}
	t := sum.Theory
	if theory {
		fmt.Fprintf(w, "%-24s%16s%16s\n", "", "measured", "exact")
	} else {
		fmt.Fprintf(w, "%-24s%16s\n", "", "measured")
	}
	row := func(label, measured string, exact func(*sim.Theory) string) {
		if theory && t != nil && exact != nil {
			fmt.Fprintf(w, "%-24s%16s%16s\n", label, measured, exact(t))
		} else {
			fmt.Fprintf(w, "%-24s%16s\n", label, measured)
		}
	}
	row("loaves baked", fmt.Sprint(sum.Baked), nil)
	row("loaves eaten", fmt.Sprint(sum.Eaten), nil)
	row("on the plate now", fmt.Sprintf("%d of %d", sum.OnPlate, sum.Capacity), nil)
	row("most on the plate", fmt.Sprint(sum.MaxOnPlate), nil)
	row("throughput", fmt.Sprintf("%.3f loaves/s", sum.Throughput), func(t *sim.Theory) string { return fmt.Sprintf("%.3f loaves/s", t.Throughput) })
	row("mean on the plate", fmt.Sprintf("%.3f", sum.MeanOnPlate), func(t *sim.Theory) string { return fmt.Sprintf("%.3f", t.MeanOnPlate) })
	row("mean wait on the plate", fmt.Sprintf("%.3f s", sum.MeanWait), func(t *sim.Theory) string { return fmt.Sprintf("%.3f s", t.MeanWait) })
	row("bakers blocked", pct(sum.BakerBlockedFrac), func(t *sim.Theory) string { return pct(t.BakerBlockedFrac) })
	row("eaters starved", pct(sum.EaterStarvedFrac), func(t *sim.Theory) string { return pct(t.EaterStarvedFrac) })
	if theory && t == nil {
		fmt.Fprintf(w, "(%s)\n", strings.TrimPrefix(sum.NoTheory, "sim: "))
	}
	actors(w, "Bakers", "blocked", sum.Bakers, func(a sim.ActorSummary) *float64 { return a.BlockedFrac })
	actors(w, "Eaters", "starved", sum.Eaters, func(a sim.ActorSummary) *float64 { return a.StarvedFrac })
}

func actors(w io.Writer, title, waiting string, list []sim.ActorSummary, wait func(sim.ActorSummary) *float64) {
	if len(list) == 0 {
		return
	}
	width := cells(title)
	for _, a := range list[:min(len(list), maxRows)] {
		width = max(width, cells(a.Name))
	}
	fmt.Fprintf(w, "\n%-*s%8s%8s%9s\n", width, title, "loaves", "busy", waiting)
	for i, a := range list {
		if i == maxRows {
			fmt.Fprintf(w, "… and %d more (-json lists them all)\n", len(list)-maxRows)
			break
		}
		pad := width - cells(a.Name)
		fmt.Fprintf(w, "%s%*s%8d%8s%9s\n", a.Name, pad, "", a.Loaves, pct(a.BusyFrac), pct(*wait(a)))
	}
}

func pct(f float64) string { return fmt.Sprintf("%.1f%%", 100*f) }

// cells is how many columns of a terminal s takes: combining marks and invisible format characters take none,
// East Asian wide and fullwidth characters two, every other character one. Counting bytes or runes instead
// would push the columns after "Zoë" written with a combining diaeresis one place left.
func cells(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		case width.LookupRune(r).Kind() == width.EastAsianWide, width.LookupRune(r).Kind() == width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

//go:build !js

package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"text/tabwriter"
)

// minShown is the least time, in microseconds, a line of the summary stands for.
const minShown = 1000

// maxLabel is the longest function name printed in full.
const maxLabel = 110

// summarize prints where the time between the bakery-game-made and bakery-first-frame marks went, from a
// sampled trace (V8's sampler on: the main thread by kind of code, its top functions by self time, the page's
// and Ebitengine's functions by total time) and a timeline trace (without the sampler, so its durations are
// not slowed: the main thread's long spans in order, every busy thread's spans by self time, the GPU
// process's GL calls and, if perf sampled it, its CPU time by the kind of code it ran). Either file may be "".
func summarize(w io.Writer, name, sampled, timeline string, top int) error {
	fmt.Fprintf(w, "\n== %s (open the traces in ui.perfetto.dev or DevTools' Performance panel)\n", name)
	var tl *trace
	if timeline != "" {
		var err error
		if tl, err = readTrace(timeline); err != nil {
			return err
		}
		fmt.Fprintf(w, "timeline trace %s: bakery-game-made → %s %.0f ms\n", timeline, firstFrameMark, (tl.to-tl.from)/1000)
	}
	if sampled != "" {
		t, err := readTrace(sampled)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "sampled trace %s: bakery-game-made → %s %.0f ms (the sampler slows wasm: read its times as shares)\n",
			sampled, firstFrameMark, (t.to-t.from)/1000)
		ss, err := t.samples()
		if err != nil {
			return err
		}
		if len(ss) == 0 {
			fmt.Fprintln(w, "(the sampled trace has no CPU profile of the main thread)")
		} else {
			printKinds(w, t, ss)
			all := timeByFunc(t, ss, func(cpuFrame) bool { return true })
			printTop(w, "main thread, top functions by self time", all, true, top)
			fmt.Fprintln(w, "\n(total: self and callees, a lower bound for outer functions, as a goroutine resumed on wasm is")
			fmt.Fprintln(w, "sampled without its callers; first and last: the first and last sample, from bakery-game-made)")
			printTop(w, "the page's own functions (Bakery's module, package main)", timeByFunc(t, ss, isBakery), false, top)
			printTop(w, "Ebitengine's functions", timeByFunc(t, ss, isEbiten), false, top)
		}
	}
	if tl == nil {
		return nil
	}
	fmt.Fprintf(w, "\nfrom the timeline trace:\n")
	printMainTree(w, tl)
	printThreads(w, tl, top)
	printGL(w, tl, top)
	return printPerf(w, tl, perfFile(timeline))
}

// printKinds prints how the main thread's sampled time in the window splits between kinds of code.
func printKinds(w io.Writer, t *trace, ss []sample) {
	by := map[string]float64{}
	var sum float64
	for _, s := range ss {
		k := kindIdle
		if len(s.stack) > 0 {
			k = kind(s.stack[0])
		}
		by[k] += s.weight
		sum += s.weight
	}
	fmt.Fprintf(w, "\nmain thread (%s), sampled %.0f ms:\n", t.name(t.main), sum/1000)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, k := range []string{kindGo, kindJS, kindBuiltin, kindGC, kindProgram, kindIdle} {
		fmt.Fprintf(tw, "  %6.0f ms\t%s\n", by[k]/1000, k)
	}
	tw.Flush()
}

// printTop prints the top functions of by, largest first: by self time alone if bySelf, else by total time
// with self time and the first and last sample beside it.
func printTop(w io.Writer, title string, by map[string]*funcTime, bySelf bool, top int) {
	key := func(ft *funcTime) float64 {
		if bySelf {
			return ft.self
		}
		return ft.total
	}
	keys := slices.SortedFunc(maps.Keys(by), func(a, b string) int {
		return cmp.Or(cmp.Compare(key(by[b]), key(by[a])), cmp.Compare(a, b))
	})
	fmt.Fprintf(w, "\n%s:\n", title)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	if !bySelf {
		fmt.Fprintln(tw, "total ms\tself\tfirst\tlast\t\t")
	}
	for i, k := range keys {
		ft := by[k]
		if i == top || key(ft) < minShown {
			break
		}
		name := k
		if len(name) > maxLabel {
			name = name[:maxLabel] + "…" // generic instantiations spell out their type arguments
		}
		if bySelf {
			fmt.Fprintf(tw, "%.0f ms\t  %s\n", ft.self/1000, name)
			continue
		}
		fmt.Fprintf(tw, "%.0f\t%.0f\t%.0f\t%.0f\t  %s\n", ft.total/1000, ft.self/1000, ft.first/1000, ft.last/1000, name)
	}
	tw.Flush()
}

//go:build !js

package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// printThreads prints, for each thread busy for at least 10 ms of the window, how long it was busy (its
// outermost spans) and its spans with the most self time (their time less that of the spans inside them).
// Threads of the same name in one process (thread pools) are added together.
func printThreads(w io.Writer, t *trace, top int) {
	busy := map[string]float64{}
	self := map[string]map[string]float64{}
	for th, ss := range t.slices() {
		n := t.name(th)
		if self[n] == nil {
			self[n] = map[string]float64{}
		}
		type open struct {
			end float64
			idx int
		}
		var stack []open
		own := make([]float64, len(ss))
		for i, s := range ss {
			for len(stack) > 0 && stack[len(stack)-1].end <= s.start {
				stack = stack[:len(stack)-1]
			}
			c := t.clip(s.start, s.end)
			own[i] += c
			if len(stack) > 0 {
				own[stack[len(stack)-1].idx] -= c
			} else {
				busy[n] += c
			}
			stack = append(stack, open{s.end, i})
		}
		for i, s := range ss {
			self[n][s.name] += own[i]
		}
	}
	names := slices.SortedFunc(maps.Keys(busy), func(a, b string) int {
		return cmp.Or(cmp.Compare(busy[b], busy[a]), cmp.Compare(a, b))
	})
	fmt.Fprintf(w, "\nthreads busy in the window (thread pools added up), and their spans by self time:\n")
	for _, n := range names {
		if busy[n] < 10*minShown {
			break
		}
		fmt.Fprintf(w, "%s: busy %.0f ms\n", n, busy[n]/1000)
		keys := slices.SortedFunc(maps.Keys(self[n]), func(a, b string) int {
			return cmp.Or(cmp.Compare(self[n][b], self[n][a]), cmp.Compare(a, b))
		})
		for i, k := range keys {
			if i == min(top, 8) || self[n][k] < 5*minShown {
				break
			}
			fmt.Fprintf(w, "  %6.0f ms  %s\n", self[n][k]/1000, k)
		}
	}
}

// treeMin is the shortest main-thread span, in microseconds, printMainTree shows.
const treeMin = 30_000

// spanNode is a span of printMainTree's tree with the shown spans nested in it.
type spanNode struct {
	slice
	kids []*spanNode
}

// printMainTree prints the page's main thread's spans of at least 30 ms that overlap the window, nested, in
// order, each at its offset from bakery-game-made: it shows the phases of the first frame, such as Go running
// the first Update and Draw, then the compositor's commit waiting on the GPU process to draw and read back
// the canvas. A chain of spans that wrap one another is printed on one line, joined by ›.
func printMainTree(w io.Writer, t *trace) {
	var roots []*spanNode
	var stack []*spanNode
	for _, s := range t.slices()[t.main] {
		if s.end-s.start < treeMin || s.end <= t.from || s.start >= t.to {
			continue
		}
		for len(stack) > 0 && stack[len(stack)-1].end <= s.start {
			stack = stack[:len(stack)-1]
		}
		n := &spanNode{slice: s}
		if len(stack) > 0 {
			p := stack[len(stack)-1]
			p.kids = append(p.kids, n)
		} else {
			roots = append(roots, n)
		}
		stack = append(stack, n)
	}
	fmt.Fprintf(w, "\nmain thread's spans of %d ms or more (start from bakery-game-made, duration, in ms):\n", treeMin/1000)
	var print func(n *spanNode, depth int)
	print = func(n *spanNode, depth int) {
		names := []string{n.name}
		for len(n.kids) == 1 && n.kids[0].end-n.kids[0].start >= 0.95*(n.end-n.start) {
			n = n.kids[0]
			names = append(names, n.name)
		}
		fmt.Fprintf(w, "  %6.0f %6.0f  %s%s\n", (n.start-t.from)/1000, (n.end-n.start)/1000,
			strings.Repeat("  ", depth), strings.Join(names, " › "))
		for _, k := range n.kids {
			print(k, depth+1)
		}
	}
	for _, r := range roots {
		print(r, 0)
	}
}

// slowGL is how long a GL call on the GPU process must take to count as slow, in microseconds. On SwiftShader
// a draw call that ANGLE cannot just record (it needs an image that earlier draws are still drawing, or a new
// pipeline) waits for SwiftShader, tens of milliseconds; perf (printPerf) shows what SwiftShader was doing.
const slowGL = 10_000

// printGL prints the GL calls the GPU process made in the window (its TraceGLAPI spans, recorded with
// --enable-gpu-service-tracing), by total time, with how many of them were slow.
func printGL(w io.Writer, t *trace, top int) {
	type stat struct{ n, slow, total, slowTotal float64 }
	by := map[string]*stat{}
	for _, ss := range t.slices() {
		for _, s := range ss {
			name, ok := strings.CutPrefix(s.name, "TraceGLAPI::")
			c := t.clip(s.start, s.end)
			if !ok || c <= 0 {
				continue
			}
			st := by[name]
			if st == nil {
				st = &stat{}
				by[name] = st
			}
			st.n++
			st.total += c
			if s.end-s.start >= slowGL {
				st.slow++
				st.slowTotal += c
			}
		}
	}
	if len(by) == 0 {
		return
	}
	keys := slices.SortedFunc(maps.Keys(by), func(a, b string) int {
		return cmp.Or(cmp.Compare(by[b].total, by[a].total), cmp.Compare(a, b))
	})
	fmt.Fprintf(w, "\nGPU process's GL calls in the window, by total time (slow: %d ms or more):\n", slowGL/1000)
	for i, k := range keys {
		st := by[k]
		if i == min(top, 10) || st.total < minShown {
			break
		}
		fmt.Fprintf(w, "  %6.0f ms  %-32s %4.0f calls, %3.0f slow (%.0f ms)\n", st.total/1000, k, st.n, st.slow, st.slowTotal/1000)
	}
}

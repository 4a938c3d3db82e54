//go:build !js

package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"path"
	"regexp"
	"strings"
)

// cpuFrame is where a profile node runs: a wasm function (named from the wasm's name section), a JavaScript
// function, a browser built-in, or one of V8's pseudo-frames such as (program) and (garbage collector).
type cpuFrame struct {
	FunctionName string `json:"functionName"`
	URL          string `json:"url"`
	LineNumber   int    `json:"lineNumber"`
	CodeType     string `json:"codeType"`
}

// cpuNode is one node of V8's sampled call tree.
type cpuNode struct {
	ID        int      `json:"id"`
	Parent    int      `json:"parent"`
	CallFrame cpuFrame `json:"callFrame"`
}

// profileArgs are the arguments of the Profile and ProfileChunk events of the
// disabled-by-default-v8.cpu_profiler category.
type profileArgs struct {
	Data struct {
		StartTime  float64 `json:"startTime"`
		CPUProfile struct {
			Nodes   []cpuNode `json:"nodes"`
			Samples []int     `json:"samples"`
		} `json:"cpuProfile"`
		TimeDeltas []float64 `json:"timeDeltas"`
	} `json:"data"`
}

// A sample is one of the profiler's samples of the main thread in the window: its stack, leaf first, when it
// was taken and the time it stands for (until the next sample), in microseconds.
//
// Go on wasm resumes a goroutine by calling the function it stopped in from wasm_pc_f_loop, so after a
// goroutine switch a sample's stack lacks the callers above that function: the total time of outer
// functions (a game's Update, Draw) is a lower bound; that of the functions they call is more nearly right.
type sample struct {
	stack      []cpuFrame
	at, weight float64
}

// samples returns the main thread's samples that fall in the window, or none if the trace has no profile.
func (t *trace) samples() ([]sample, error) {
	var id json.RawMessage
	var clock float64
	for _, e := range t.events {
		if e.Name == "Profile" && e.Pid == t.main.pid && e.Tid == t.main.tid {
			var a profileArgs
			if err := json.Unmarshal(e.Args, &a); err != nil {
				return nil, fmt.Errorf("profile: %w", err)
			}
			id, clock = e.ID, a.Data.StartTime
			break
		}
	}
	if id == nil {
		return nil, nil
	}
	nodes := map[int]cpuNode{}
	var ids []int
	var times []float64
	for _, e := range t.events {
		if e.Name != "ProfileChunk" || e.Pid != t.main.pid || !bytes.Equal(e.ID, id) {
			continue
		}
		var a profileArgs
		if err := json.Unmarshal(e.Args, &a); err != nil {
			return nil, fmt.Errorf("profile chunk: %w", err)
		}
		for _, n := range a.Data.CPUProfile.Nodes {
			nodes[n.ID] = n
		}
		ids = append(ids, a.Data.CPUProfile.Samples...)
		for _, d := range a.Data.TimeDeltas {
			clock += d
			times = append(times, clock)
		}
	}
	stacks := map[int][]cpuFrame{}
	stackOf := func(id int) []cpuFrame {
		if s, ok := stacks[id]; ok {
			return s
		}
		var s []cpuFrame
		for n, ok := nodes[id]; ok && n.CallFrame.FunctionName != "(root)"; n, ok = nodes[n.Parent] {
			s = append(s, n.CallFrame)
		}
		stacks[id] = s
		return s
	}
	var out []sample
	for i := 0; i+1 < len(ids) && i+1 < len(times); i++ {
		if times[i] < t.from || times[i] >= t.to {
			continue
		}
		out = append(out, sample{stackOf(ids[i]), times[i], max(0, min(times[i+1], t.to)-times[i])})
	}
	return out, nil
}

// Kinds of frame, for the main thread's breakdown.
const (
	kindGo      = "Go (wasm)"
	kindJS      = "JavaScript"
	kindBuiltin = "browser built-ins called from JavaScript"
	kindProgram = "(program): the browser's own work outside JavaScript, waiting on the GPU process included"
	kindGC      = "(garbage collector)"
	kindIdle    = "(idle)"
)

// kind says what kind of code f is.
func kind(f cpuFrame) string {
	switch {
	case f.CodeType == "wasm" || strings.HasPrefix(f.URL, "wasm://"):
		return kindGo
	case f.FunctionName == "(program)":
		return kindProgram
	case f.FunctionName == "(garbage collector)":
		return kindGC
	case f.FunctionName == "(idle)":
		return kindIdle
	case f.URL != "":
		return kindJS
	}
	return kindBuiltin
}

// Module paths, as demangle writes them, that the summary shortens.
const (
	bakeryPath = "github.com/gobakery/bakery/"
	ebitenPath = "github.com/hajimehoshi/ebiten/v2"
)

// domain matches the mangled start of a package path whose first element is a domain: github.com_, golang.org_.
var domain = regexp.MustCompile(`^[\w-]+\.(com|org|net|io|dev|in|co)_`)

// pointerMethod matches a pointer method's receiver after the linker's mangling: .__T_. for .(*T).
var pointerMethod = regexp.MustCompile(`\.__(\w+?)_\.`)

// demangle undoes, as far as it can, what Go's wasm linker does to names in the name section: it writes every
// character but letters, digits, '_' and '.' as '_' (cmd/link/internal/wasm, nameRegexp), so
// github.com/gobakery/bakery/game.(*Game).Draw arrives as github.com_gobakery_bakery_game.__Game_.Draw. The
// package path's slashes come back (a '-' or '_' in a path comes back as '/'), and so do pointer receivers;
// generic brackets do not.
func demangle(n string) string {
	// The package path ends at the first '.', or, if it starts with a domain, at the first '.' after it.
	end := strings.IndexByte(n, '.')
	if m := domain.FindStringIndex(n); m != nil {
		if d := strings.IndexByte(n[m[1]:], '.'); d >= 0 {
			end = m[1] + d
		}
	}
	if end < 0 {
		return n
	}
	return strings.ReplaceAll(n[:end], "_", "/") + pointerMethod.ReplaceAllString(n[end:], ".(*$1).")
}

// goName is f's demangled Go name.
func goName(f cpuFrame) string {
	return demangle(cmp.Or(f.FunctionName, "wasm-function"))
}

// label names f for a reader: Go functions by their package-qualified name (Bakery's without the module path,
// Ebitengine's as ebiten/v2/...), JavaScript functions by file and line.
func label(f cpuFrame) string {
	switch kind(f) {
	case kindGo:
		n := strings.TrimPrefix(goName(f), bakeryPath)
		return strings.Replace(n, "github.com/hajimehoshi/", "", 1)
	case kindJS:
		return fmt.Sprintf("%s:%d %s", path.Base(f.URL), f.LineNumber+1, cmp.Or(f.FunctionName, "(anonymous)"))
	}
	return f.FunctionName
}

// isBakery and isEbiten say whose function f is.
func isBakery(f cpuFrame) bool {
	n := goName(f)
	return kind(f) == kindGo && (strings.HasPrefix(n, bakeryPath) || strings.HasPrefix(n, "main."))
}

func isEbiten(f cpuFrame) bool {
	return kind(f) == kindGo && strings.HasPrefix(goName(f), ebitenPath)
}

// funcTime is what the samples say of one function, in microseconds: the time of the samples in which it is
// the leaf (self) and anywhere on the stack (total, once per sample), and, from bakery-game-made, the first
// and the last of them.
type funcTime struct{ self, total, first, last float64 }

// timeByFunc adds up the samples per label of the frames that keep accepts.
func timeByFunc(t *trace, ss []sample, keep func(cpuFrame) bool) map[string]*funcTime {
	by := map[string]*funcTime{}
	get := func(l string, at float64) *funcTime {
		ft := by[l]
		if ft == nil {
			ft = &funcTime{first: at}
			by[l] = ft
		}
		ft.last = at
		return ft
	}
	for _, s := range ss {
		if len(s.stack) == 0 {
			continue
		}
		at := s.at - t.from
		if keep(s.stack[0]) {
			get(label(s.stack[0]), at).self += s.weight
		}
		seen := map[string]bool{}
		for _, f := range s.stack {
			if l := label(f); keep(f) && !seen[l] {
				seen[l] = true
				get(l, at).total += s.weight
			}
		}
	}
	return by
}

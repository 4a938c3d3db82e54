//go:build !js

package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"slices"
)

// A traceEvent is one event of Chrome's JSON trace format; times are in microseconds.
type traceEvent struct {
	Name string          `json:"name"`
	Cat  string          `json:"cat"`
	Ph   string          `json:"ph"`
	Ts   float64         `json:"ts"`
	Dur  float64         `json:"dur"`
	Pid  int             `json:"pid"`
	Tid  int             `json:"tid"`
	ID   json.RawMessage `json:"id"`
	Args json.RawMessage `json:"args"`
}

// thread names one thread of one process.
type thread struct{ pid, tid int }

// trace is a read trace and the window the summary is about.
type trace struct {
	events []traceEvent
	// names are the threads' names, "Renderer CrRendererMain" or "GPU Process CrGpuMain".
	names map[thread]string
	// main is the page's main thread: the one that left the marks.
	main thread
	// from and to are the window, the bakery-game-made and bakery-first-frame marks.
	from, to float64
}

// readTrace reads a JSON trace file, either {"traceEvents": [...]} or a bare array, and finds the window
// between the game-made and first-frame marks.
func readTrace(name string) (*trace, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReaderSize(f, 1<<20))
	t := &trace{names: map[thread]string{}}
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if tok == json.Delim('[') {
		err = t.readEvents(dec, false)
	} else {
		for err == nil && dec.More() {
			var key json.Token
			if key, err = dec.Token(); err != nil {
				break
			}
			if key == "traceEvents" {
				err = t.readEvents(dec, true)
				continue
			}
			var skip json.RawMessage
			err = dec.Decode(&skip)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return t, t.findWindow()
}

// readEvents reads the array of events; open says whether its '[' is still to be read.
func (t *trace) readEvents(dec *json.Decoder, open bool) error {
	if open {
		if _, err := dec.Token(); err != nil {
			return err
		}
	}
	procs := map[int]string{}
	threads := map[thread]string{}
	for dec.More() {
		var e traceEvent
		if err := dec.Decode(&e); err != nil {
			return err
		}
		if e.Ph == "M" {
			var a struct {
				Name string `json:"name"`
			}
			_ = json.Unmarshal(e.Args, &a)
			switch e.Name {
			case "process_name":
				procs[e.Pid] = a.Name
			case "thread_name":
				threads[thread{e.Pid, e.Tid}] = a.Name
			}
			continue
		}
		if e.Name != "Profile" && e.Name != "ProfileChunk" {
			e.Args = nil // only the profiler's arguments are read; the rest would only take memory
		}
		t.events = append(t.events, e)
	}
	for th, n := range threads {
		t.names[th] = procs[th.pid] + " " + n
	}
	_, err := dec.Token()
	return err
}

// findWindow sets the window from the marks and the page's main thread from where they were left.
func (t *trace) findWindow() error {
	var made, first *traceEvent
	for i := range t.events {
		e := &t.events[i]
		switch {
		case e.Name == "bakery-game-made" && made == nil:
			made = e
		case e.Name == firstFrameMark && first == nil:
			first = e
		}
	}
	if made == nil || first == nil {
		return fmt.Errorf("the trace lacks the bakery-game-made or %s mark", firstFrameMark)
	}
	t.from, t.to, t.main = made.Ts, first.Ts, thread{made.Pid, made.Tid}
	return nil
}

// name is th's name, or its numbers if the trace did not name it.
func (t *trace) name(th thread) string {
	if n, ok := t.names[th]; ok {
		return n
	}
	return fmt.Sprintf("pid %d tid %d", th.pid, th.tid)
}

// clip is how much of [start, end) lies in the window, in microseconds.
func (t *trace) clip(start, end float64) float64 {
	return max(0, min(end, t.to)-max(start, t.from))
}

// slice is one timed span on one thread.
type slice struct {
	start, end float64
	name       string
}

// slices are the spans of every thread: complete events, and begin/end pairs matched per thread.
func (t *trace) slices() map[thread][]slice {
	out := map[thread][]slice{}
	open := map[thread][]traceEvent{}
	for _, e := range t.events {
		th := thread{e.Pid, e.Tid}
		switch e.Ph {
		case "X":
			out[th] = append(out[th], slice{e.Ts, e.Ts + e.Dur, e.Name})
		case "B":
			open[th] = append(open[th], e)
		case "E":
			if st := open[th]; len(st) > 0 {
				b := st[len(st)-1]
				open[th] = st[:len(st)-1]
				out[th] = append(out[th], slice{b.Ts, e.Ts, b.Name})
			}
		}
	}
	for _, ss := range out {
		slices.SortFunc(ss, func(a, b slice) int {
			if a.start != b.start {
				return cmp.Compare(a.start, b.start)
			}
			return cmp.Compare(b.end, a.end) // the enclosing span first
		})
	}
	return out
}

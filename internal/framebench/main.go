//go:build !js

// Framebench measures the CPU time of the game's Update and Draw, frame by frame, in the real program's window,
// and reports the median and the 99th percentile for the scenes below: the seed preset; 64 bakers and 64 eaters
// with a plate of 100 at 8× speed; the same with a baker added or removed every 20 frames (the "change"
// columns are those frames alone: what one click costs); the same while the window is dragged to a new size
// every frame; and the same with every panel shown and a what-if sweep always under way. It needs a display; without one, run it under xvfb-run:
//
//	xvfb-run -a -s "-screen 0 1920x1200x24" go run ./internal/framebench
//
// Each scene runs in a child process of its own, because Ebitengine runs one game per process.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game"
	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/sim"
)

// crowd is 64 bakers and 64 eaters with a plate of 100 at 8× speed.
var crowd = []sim.Setting{{Key: "bakers", Value: "64"}, {Key: "eaters", Value: "64"},
	{Key: "plate", Value: "100"}, {Key: "batch", Value: "0"}, {Key: "bake", Value: "exp:1s"},
	{Key: "eat", Value: "exp:1s"}, {Key: "speed", Value: "8"}}

// scenes are the benchmarked scenes, by name, as game settings, with what happens during them.
var scenes = []struct {
	name     string
	settings []sim.Setting
	// change, if set, is made every 20 frames (k counts the changes), as a click on a button would.
	change func(g *game.Game, k int)
	// resize drags the window to a new size every frame.
	resize bool
}{
	{name: "seed", settings: []sim.Setting{{Key: "preset", Value: "seed"}}},
	{name: "64+64 plate 100 8x", settings: crowd},
	{name: "64+64, add a baker", settings: crowd, change: func(g *game.Game, k int) {
		n := 63 + k%2 // 64 → 63 → 64 …: a baker leaves, one joins
		_ = g.Session().Set([]sim.Setting{{Key: "bakers", Value: fmt.Sprint(n)}})
	}},
	{name: "64+64, resizing", settings: crowd, resize: true},
	{name: "64+64, panels, sweep", settings: append(slices.Clone(crowd), sim.Setting{Key: "panels", Value: "code,chart,whatif"}),
		change: func(g *game.Game, k int) {
			// A sweep always under way: a new one every 20 frames (each takes longer than that at 64+64).
			if c, err := session.Sweep("plate", session.Omitted, session.Omitted); err == nil {
				_ = g.Session().Do(c)
			}
		}},
}

// every is how many frames apart a scene's changes are.
const every = 20

func main() {
	scene := flag.Int("scene", -1, "run only this scene (an index), and print its figures as one line")
	frames := flag.Int("frames", 1200, "frames to measure per scene, after a warm-up of 60")
	prof := flag.String("cpuprofile", "", "with -scene, write a CPU profile of the run to this file")
	flag.Parse()
	if *prof != "" {
		f, err := os.Create(*prof)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "framebench:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	if *scene < 0 {
		os.Exit(parent(*frames))
	}
	if *scene >= len(scenes) {
		fmt.Fprintf(os.Stderr, "framebench: no scene %d: want 0..%d\n", *scene, len(scenes)-1)
		os.Exit(2)
	}
	if err := child(*scene, *frames); err != nil {
		fmt.Fprintln(os.Stderr, "framebench:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

// parent runs every scene in a child process and prints a table.
func parent(frames int) int {
	fmt.Printf("CPU time per frame (this thread's CPU clock), %d frames per scene, window 1280x720\n", frames)
	fmt.Printf("%-20s %10s %10s %10s %10s %10s %10s %10s %10s\n", "scene", "upd p50", "draw p50", "sum p50", "upd p99",
		"draw p99", "sum p99", "change p50", "change max")
	status := 0
	for i, s := range scenes {
		out, err := exec.Command(os.Args[0], "-scene", fmt.Sprint(i), "-frames", fmt.Sprint(frames)).Output()
		if err != nil {
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				fmt.Fprintf(os.Stderr, "%s: %s", s.name, ee.Stderr)
			}
			fmt.Fprintf(os.Stderr, "framebench: scene %s: %v\n", s.name, err)
			status = 1
			continue
		}
		fmt.Printf("%-20s %s\n", s.name, strings.TrimSpace(string(out)))
	}
	return status
}

// timed wraps the game and times its Update and Draw.
type timed struct {
	g            *game.Game
	warm, frames int
	n            int
	upd          time.Duration
	locked       bool
	updates      []time.Duration
	draws, sums  []time.Duration
	change       func(g *game.Game, k int)
	resize       bool
	changing     bool            // a change was made before this frame's Update
	changed      []time.Duration // Update+Draw of the frames that took a change
}

func (t *timed) Update() error {
	if !t.locked {
		// Keep this goroutine on one thread, so that its CPU clock is the one read before and after each call.
		// The game starts its simulation in its first Update, after this, so the simulation's coroutines see
		// the same thread locking throughout.
		runtime.LockOSThread()
		t.locked = true
	}
	t.changing = false
	if t.change != nil && t.n > t.warm && t.n%every == 0 {
		// Queued now, applied at the start of this Update, as a click read in the last frame would be.
		t.change(t.g, t.n/every)
		t.changing = true
	}
	c := cpuNow()
	err := t.g.Update()
	t.upd = cpuNow() - c
	if t.n >= t.warm+t.frames {
		return ebiten.Termination
	}
	return err
}

func (t *timed) Draw(screen *ebiten.Image) {
	c := cpuNow()
	t.g.Draw(screen)
	d := cpuNow() - c
	t.n++
	if t.n > t.warm {
		t.updates = append(t.updates, t.upd)
		t.draws = append(t.draws, d)
		t.sums = append(t.sums, t.upd+d)
		if t.changing {
			t.changed = append(t.changed, t.upd+d)
		}
	}
	t.upd = 0
}

func (t *timed) Layout(w, h int) (int, int) { return t.g.Layout(w, h) }

// LayoutF passes the window's size on, or, when resizing, a size that moves a few pixels every frame between
// 1000x560 and 1280x720, as a window dragged by its corner does.
func (t *timed) LayoutF(w, h float64) (float64, float64) {
	if t.resize {
		k := float64(t.n%80) / 40
		if k > 1 {
			k = 2 - k
		}
		w, h = 1000+280*k, 560+160*k
	}
	return t.g.LayoutF(w, h)
}

func child(scene, frames int) error {
	cfg, err := session.ParseConfig(scenes[scene].settings)
	if err != nil {
		return err
	}
	// A fixed step of a 60th of a second per frame, so that every run does the same simulated work whatever
	// the frame rate.
	var now time.Duration
	g, err := game.New(cfg, game.Options{Clock: func() time.Duration { now += time.Second / 60; return now }})
	if err != nil {
		return err
	}
	ebiten.SetWindowSize(1280, 720)
	ebiten.SetVsyncEnabled(true)
	t := &timed{g: g, warm: 60, frames: frames, change: scenes[scene].change, resize: scenes[scene].resize}
	if err := ebiten.RunGame(t); err != nil {
		return err
	}
	if len(t.sums) == 0 {
		return errors.New("no frames measured")
	}
	fmt.Printf("%10s %10s %10s %10s %10s %10s", pct(t.updates, 50), pct(t.draws, 50), pct(t.sums, 50),
		pct(t.updates, 99), pct(t.draws, 99), pct(t.sums, 99))
	if len(t.changed) > 0 {
		fmt.Printf(" %10s %10s", pct(t.changed, 50), pct(t.changed, 100))
	}
	fmt.Println()
	return nil
}

// pct returns the p-th percentile of ds, nearest rank.
func pct(ds []time.Duration, p int) string {
	s := slices.Clone(ds)
	slices.Sort(s)
	i := (len(s)*p + 99) / 100
	i = min(max(i-1, 0), len(s)-1)
	return fmt.Sprintf("%.3fms", float64(s[i])/float64(time.Millisecond))
}

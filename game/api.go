package game

import (
	"errors"
	"fmt"

	"github.com/gobakery/bakery/sim"
)

// maxQueue bounds the changes waiting for the next Update, so that a caller in a loop cannot grow the queue
// without end; beyond it, changes are refused with a message on screen.
const maxQueue = 1024

// do queues fn to run at the start of the next Update, on the game's goroutine. It reports false if the queue
// is full.
func (g *Game) do(fn func()) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.queue) >= maxQueue {
		g.dropped++
		return false
	}
	g.queue = append(g.queue, fn)
	return true
}

func (g *Game) runQueue() {
	g.mu.Lock()
	q, dropped := g.queue, g.dropped
	g.queue, g.dropped = nil, 0
	g.mu.Unlock()
	if dropped > 0 {
		g.say("%d changes came faster than the frames and were dropped", dropped)
	}
	for _, fn := range q {
		fn()
	}
}

// Play runs the simulation from the next Update on. It is safe for concurrent use.
func (g *Game) Play() { g.do(g.play) }

// Pause stops the simulation's clock at the next Update; loaves in flight still land. It is safe for concurrent
// use.
func (g *Game) Pause() { g.do(func() { g.paused = true }) }

// Step pauses and runs exactly one event of the simulation at the next Update. It is safe for concurrent use.
func (g *Game) Step() { g.do(g.step) }

// Reset starts the run again from time 0 with the current settings at the next Update. It is safe for
// concurrent use.
func (g *Game) Reset() { g.do(g.reset) }

// Suspend stops (on) or resumes (off) all advancing and drawing, for when the host page is hidden or scrolled
// away, independently of Play and Pause; a resumed game continues where it left off. It is safe for concurrent
// use and takes effect at once.
func (g *Game) Suspend(on bool) { g.suspended.Store(on) }

// Set changes settings while the game runs: scenario keys as sim.Parse takes them, and the game's own keys
// (GameKeys). Settings are checked now, as ParseConfig checks them; the good ones apply at the next Update
// through the simulation's live changes (sim.Apply), the bad ones are returned, each a *sim.SettingError joined
// with errors.Join, and change nothing. It never panics and is safe for concurrent use.
func (g *Game) Set(settings []sim.Setting) error {
	g.mu.Lock()
	sc := g.pub.scenario
	g.mu.Unlock()
	var errs []error
	var good []sim.Setting
	check := func(s sim.Setting) {
		var err error
		if sim.IsKey(s.Key) {
			err = sc.Set(s.Key, s.Value, Limits)
		} else {
			d := DefaultConfig()
			err = d.set(s.Key, s.Value)
		}
		if err != nil {
			errs = append(errs, err)
			return
		}
		good = append(good, s)
	}
	// As in sim.Parse, a preset applies first, whatever its position.
	for _, s := range settings {
		if s.Key == "preset" {
			check(s)
		}
	}
	for _, s := range settings {
		if s.Key != "preset" {
			check(s)
		}
	}
	if len(good) > 0 && !g.do(func() { g.apply(good) }) {
		errs = append(errs, errors.New("game: too many changes waiting for the next frame; try again"))
	}
	return errors.Join(errs...)
}

// apply makes checked settings take effect, on the game's goroutine.
func (g *Game) apply(settings []sim.Setting) {
	sc := g.sim.Scenario()
	scenario := false
	for _, s := range settings {
		if sim.IsKey(s.Key) {
			if err := sc.Set(s.Key, s.Value, Limits); err != nil {
				g.sayErr(err)
				continue
			}
			scenario = true
			continue
		}
		if err := g.cfg.set(s.Key, s.Value); err != nil {
			g.sayErr(err)
			continue
		}
		switch s.Key {
		case "speed":
			g.speed = g.cfg.Speed
		case "paused":
			g.paused = g.cfg.Paused
		case "theme":
			g.theme = themeOf(g.cfg.Theme)
			g.sprites.ensure(g)
		}
	}
	if scenario {
		g.load(sc)
	}
}

// load moves the run to sc through the simulation's live changes, starting again only if sc needs it.
func (g *Game) load(sc sim.Scenario) {
	restarted, err := g.sim.Apply(sc)
	if err != nil {
		g.sayErr(err)
		return
	}
	g.gen++
	if restarted {
		g.restarted()
	}
}

// restarted forgets what belonged to the previous run.
func (g *Game) restarted() {
	g.loaves.clear()
	g.index.reset()
	g.owe = 0
	g.gen++
}

// On registers fn to be called from Update for "plateFull", "plateEmpty", "loafEaten" and "finished", with the
// event's details: t_s (simulated seconds) and, as they apply, baker, eater, loaf, plate, baked and eaten.
// fn runs on the game's goroutine and must not block. On is safe for concurrent use.
func (g *Game) On(fn func(event string, data map[string]any)) {
	if fn == nil {
		return
	}
	g.mu.Lock()
	g.listeners = append(g.listeners, fn)
	g.mu.Unlock()
}

// notify calls the listeners for the events of interest drained this Update.
func (g *Game) notify() {
	g.mu.Lock()
	ls := g.listeners
	g.mu.Unlock()
	if len(ls) == 0 {
		return
	}
	for _, e := range g.events {
		var name string
		d := map[string]any{"t_s": e.Time.Seconds()}
		switch e.Kind {
		case sim.PlateFull:
			name = "plateFull"
			d["baker"], d["loaf"], d["plate"] = g.sim.Name(e.Actor), g.fullLabel(e.Loaf), e.Plate
		case sim.PlateEmpty:
			name = "plateEmpty"
			d["eater"], d["plate"] = g.sim.Name(e.Actor), e.Plate
		case sim.Eaten:
			name = "loafEaten"
			d["eater"], d["loaf"], d["plate"] = g.sim.Name(e.Actor), g.fullLabel(e.Loaf), e.Plate
		case sim.Finished:
			name = "finished"
			d["baked"], d["eaten"] = g.snap.Stats.Baked, g.snap.Stats.Eaten
		default:
			continue
		}
		for _, fn := range ls {
			g.call(fn, name, d)
		}
	}
}

// call runs a listener, turning a panic in it into a message rather than a crash of the game.
func (g *Game) call(fn func(string, map[string]any), name string, d map[string]any) {
	defer func() {
		if r := recover(); r != nil {
			g.say("%s", fmt.Sprint("listener for ", name, " failed: ", r))
		}
	}()
	fn(name, d)
}

// Package game shows a bakery simulation on screen with Ebitengine: bakers and eaters around a plate.
package game

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/palette"
	"github.com/gobakery/bakery/sim"
)

// keepEvents is how many events a frame may bring before the oldest are dropped; dropped events only cost
// a loaf its flight, never its place.
const keepEvents = 8192

// Game is the Ebitengine game that drives one simulation. Update, Draw and LayoutF are for Ebitengine to call;
// the other methods are safe for concurrent use from any goroutine (a JavaScript callback, say): they queue
// their work for the next Update.
type Game struct {
	mu        sync.Mutex
	queue     []func()
	dropped   int // changes refused because the queue was full
	pub       published
	listeners []func(event string, data map[string]any)
	suspended atomic.Bool
	screen    atomic.Pointer[screenSize] // set by LayoutF

	// Everything below belongs to the goroutine that calls Update and Draw.
	cfg          Config
	sim          *sim.Sim
	snap         sim.Snapshot
	events       []sim.Event
	lay          *layout.Layout
	fonts        *fonts
	pen          *pen
	theme        palette.Theme
	tick         int64
	owe          float64 // simulated nanoseconds due but not yet advanced
	speed        float64
	paused       bool
	help         bool
	hover        layout.Point
	loaves       loaves
	index        actorIndex
	note         string // a short message, such as an error from a live change
	noteTill     int64
	shot         shot
	sprites      sprites
	texts        []textOp     // scratch for Draw: texts wait until the shapes of their layer are drawn
	gen          int          // counts changes of scenario, so that publish knows when to redo the settings
	scenario     sim.Scenario // the scenario as of the last publish
	settingsLine string       // the settings as the top bar shows them
}

type screenSize struct {
	size  layout.Point
	scale float64
}

// New makes a game from cfg, or reports what is wrong with cfg. Call it before ebiten.RunGame; it makes images
// but starts no simulation yet.
//
// The simulation starts in the first Update, not here: its actors are coroutines (iter.Pull), which must be
// resumed from a goroutine locked to an OS thread exactly as the one that created them was, and Ebitengine locks
// main's goroutine to the main thread but calls Update on another.
func New(cfg Config) (*Game, error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	f, err := newFonts()
	if err != nil {
		return nil, err
	}
	th, err := palette.ByName(cfg.Theme)
	if err != nil {
		return nil, fmt.Errorf("game: %w", err)
	}
	g := &Game{cfg: cfg, fonts: f, pen: newPen(), theme: th, speed: cfg.Speed, paused: cfg.Paused}
	g.loaves.init()
	g.shot.init(cfg)
	g.pub.scenario = cfg.Scenario
	g.pub.state.Speed, g.pub.state.Paused = cfg.Speed, cfg.Paused
	// Draw keeps the last frame on screen while suspended instead of drawing again; every frame it does draw
	// covers the whole screen.
	ebiten.SetScreenClearedEveryFrame(false)
	return g, nil
}

// start starts the simulation, on the goroutine that will drive it.
func (g *Game) start() error {
	s, err := sim.NewWithLimits(g.cfg.Scenario, Limits)
	if err != nil {
		return fmt.Errorf("game: %w", err)
	}
	s.KeepEvents(keepEvents)
	g.sim = s
	g.gen++
	g.refresh()
	return nil
}

// stop ends the simulation and its goroutines, and the game with them.
func (g *Game) stop() error {
	if g.sim != nil {
		g.sim.Close()
	}
	return ebiten.Termination
}

// LayoutF implements ebiten.LayoutFer: the screen has one pixel per device pixel, so text and lines are crisp
// on HiDPI screens.
func (g *Game) LayoutF(outsideWidth, outsideHeight float64) (float64, float64) {
	s := ebiten.Monitor().DeviceScaleFactor()
	if s <= 0 {
		s = 1
	}
	w, h := outsideWidth*s, outsideHeight*s
	g.screen.Store(&screenSize{layout.Pt(w, h), s})
	return w, h
}

// Layout implements ebiten.Game; Ebitengine calls LayoutF instead.
func (g *Game) Layout(outsideWidth, outsideHeight int) (int, int) {
	w, h := g.LayoutF(float64(outsideWidth), float64(outsideHeight))
	return int(w), int(h)
}

// Update implements ebiten.Game: it reads input, applies queued changes, advances the simulation by one tick's
// share of simulated time, drains the simulation's events and moves the loaves. It never reads the wall clock.
func (g *Game) Update() error {
	if g.sim == nil {
		if err := g.start(); err != nil {
			return err
		}
	}
	if ebiten.IsWindowBeingClosed() {
		return g.stop()
	}
	g.runQueue()
	if g.suspended.Load() {
		return nil
	}
	g.tick++
	g.relayout()
	if g.shot.active() {
		return g.shot.update(g)
	}
	g.readInput()
	if !g.paused && !g.snap.Finished {
		g.owe += g.speed * float64(time.Second) / float64(ebiten.TPS())
		if d := time.Duration(g.owe); d > 0 {
			g.sim.Advance(d)
			g.owe -= float64(d)
		}
	}
	g.refresh()
	return nil
}

// refresh takes a new snapshot, drains the events and moves the loaves to match, then publishes the state.
func (g *Game) refresh() {
	g.sim.Snapshot(&g.snap)
	g.index.build(&g.snap)
	var dropped int64
	g.events, dropped = g.sim.Events(g.events[:0])
	_ = dropped // a dropped event only costs a loaf its flight
	g.relayout()
	g.loaves.update(g)
	g.publish() // first, so that a listener reading State sees what it was told about
	g.notify()
}

// relayout recomputes the layout when the screen or the counts it depends on change.
func (g *Game) relayout() {
	ss := g.screen.Load()
	if ss == nil {
		ss = &screenSize{layout.Pt(float64(DefaultWindow.X), float64(DefaultWindow.Y)), 1}
	}
	p := layout.Params{Size: ss.size, Scale: ss.scale, Bakers: len(g.snap.Bakers), Eaters: len(g.snap.Eaters),
		Capacity: g.snap.Capacity, Minimal: g.cfg.UI == "minimal"}
	if g.lay != nil && g.lay.Params == p {
		return
	}
	moved := g.lay != nil && (g.lay.Size != p.Size || g.lay.Scale != p.Scale)
	g.lay = layout.New(p)
	if moved {
		g.loaves.snapAll = true // a resized window moves everything at once, without flights
	}
	g.sprites.ensure(g)
}

// Draw implements ebiten.Game. It only reads the game's state.
func (g *Game) Draw(screen *ebiten.Image) {
	if g.suspended.Load() || g.lay == nil {
		return
	}
	g.draw(screen, g.lay)
}

// say shows a short message over the table for a few seconds.
func (g *Game) say(format string, args ...any) {
	g.note = fmt.Sprintf(format, args...)
	g.noteTill = g.tick + 3*int64(ebiten.TPS())
}

// sayErr shows the first line of err.
func (g *Game) sayErr(err error) {
	var se *sim.SettingError
	if errors.As(err, &se) {
		g.say("%s", se.Error())
		return
	}
	g.say("%v", err)
}

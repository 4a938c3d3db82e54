// Package game draws a bakery session with Ebitengine — bakers and eaters around a plate — and turns keys,
// clicks and touches into the session's changes.
package game

import (
	"errors"
	"fmt"
	"image"
	"math"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/palette"
	"github.com/gobakery/bakery/game/record"
	"github.com/gobakery/bakery/game/scene"
	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/sim"
)

// Options are the desktop program's own settings, beside the session's.
type Options struct {
	// Window is the desktop window's size in logical pixels; zero means layout.DefaultWindow.
	Window image.Point
	// Screenshot, if set, names a PNG file: the game runs the simulation to At with animations settled, saves
	// what the window shows there, and ends.
	Screenshot string
	At         time.Duration
	// Record, if set, names a GIF file: the game runs the simulation to At, records RecordFor of it as the window
	// shows it (at most 800 pixels wide, 15 frames a second), saves it, and ends.
	Record    string
	RecordFor time.Duration
	// Clock, if set, replaces the wall clock the session advances by: a test passes one that moves by fixed
	// steps. The screenshot mode uses fixed steps by itself.
	Clock func() time.Duration
}

// Game is the Ebitengine game that shows one session. Update, Draw and LayoutF are for Ebitengine to call;
// Idle is safe for concurrent use.
type Game struct {
	mu     sync.Mutex // held by Update, Draw and Idle
	s      *session.Session
	opts   Options
	clock  func() time.Duration
	screen atomic.Pointer[screenSize] // set by LayoutF

	// Everything below belongs to the goroutine that calls Update and Draw.
	f       *session.Frame
	lay     *layout.Layout
	fonts   *fonts
	pen     *pen
	theme   palette.Theme
	help    bool
	more    bool // every control shown where only the essential ones would be (control.MoreControls)
	plots   chartPlots
	hover   layout.Point
	capture capture
	frame   *ebiten.Image // the frame drawn off screen while recording
	taking  bool          // this frame is one of the clip's
	clipped bool          // a desktop recording has started
	// recordDone and recordErr say that a desktop recording ended, and how.
	recordDone bool
	recordErr  error
	recMu      sync.Mutex
	recorded   func([]byte, error) // where a page's clips go
	loaves     scene.Loaves
	places     scene.Places
	code       codeView
	codeScroll int            // lines the code panel is scrolled from where it keeps the goroutines in view
	autoShown  session.Panels // what the layout showed of auto, as last told to the session
	autoTold   bool
	codeText   codeText  // the code panel's lines, drawn once
	kept       textCache // the texts that stay the same, drawn once
	whatIf     whatIfView
	// selected is the actor the learner follows, lit in the scene and in the code panel; 0 for none.
	selected sim.ActorID
	selRun   int // the run the selection is of
	shot     shot
	sprites  sprites
	caption  string   // what the last step did, shown while the run stays paused after it
	run      int      // the run the caption belongs to
	texts    []textOp // scratch for Draw: texts wait until the shapes of their layer are drawn
	// drawn counts the frames drawn; full, those drawn after the first frame (see firstFrame): the first full
	// ones are drawn with only what they need too (see sprites.ensure and draw).
	drawn, full int
	shown       atomic.Int64 // drawn, for Drawn
	first       bool         // this frame is the first frame: decided once a frame, in Update
	held        atomic.Bool  // the first frame is drawn again until the page has shown it (HoldFirstFrame)
	// smallest is the smallest text size Draw was asked for, in device pixels, if below the least allowed.
	smallest float64
}

type screenSize struct {
	size  layout.Point
	scale float64
}

// New makes a game showing a new session of cfg, or reports what is wrong with cfg or opts. Call it before
// ebiten.RunGame.
func New(cfg session.Config, opts Options) (*Game, error) {
	if opts.Window.X < 0 || opts.Window.Y < 0 || opts.At < 0 {
		return nil, fmt.Errorf("game: window %v and screenshot time %v must not be negative", opts.Window, opts.At)
	}
	s, err := session.New(cfg)
	if err != nil {
		return nil, err
	}
	g := &Game{s: s, opts: opts, fonts: newFonts(), pen: newPen(), theme: palette.Light, smallest: math.Inf(1)}
	g.clock = opts.Clock
	if g.clock == nil {
		t0 := time.Now()
		g.clock = func() time.Duration { return time.Since(t0) }
	}
	g.shot.init(opts)
	if g.shot.active() {
		g.clock = func() time.Duration { return 0 }
	}
	if opts.Record != "" {
		// Fixed steps of one frame of the clip, once recording and the last frame was taken, so that the clip
		// plays at the run's own speed whatever the machine's.
		step := time.Duration(0)
		g.clock = func() time.Duration {
			if g.clipped && !g.taking {
				step += record.FrameInterval(captureFPS)
			}
			return step
		}
	}
	// Draw keeps the last frame on screen while suspended instead of drawing again; every frame it does draw
	// covers the whole screen.
	ebiten.SetScreenClearedEveryFrame(false)
	return g, nil
}

// Session is the session the game shows: the host page's bridge talks to it.
func (g *Game) Session() *session.Session { return g.s }

// stop ends the session and its goroutines, and the game with them.
func (g *Game) stop() error {
	g.s.Close()
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

// Update implements ebiten.Game: it turns this tick's input into changes, lets the session apply them and
// advance by the wall clock, and moves the loaves to match.
func (g *Game) Update() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if ebiten.IsWindowBeingClosed() {
		return g.stop()
	}
	g.first = (g.drawn == 0 || g.held.Load() && g.drawn < maxHeld) && !g.shot.active() && g.opts.Record == ""
	if g.f != nil && !g.shot.active() {
		g.readInput()
	}
	if err := g.s.Update(g.clock()); err != nil {
		return err
	}
	g.f = g.s.Frame()
	g.theme = palette.Light
	if g.f.Look.Dark {
		g.theme = palette.Dark
	}
	switch {
	case g.f.Stepped:
		g.caption, g.run = g.f.Caption, g.f.Run
	case !g.f.View.Paused || g.f.Run != g.run:
		g.caption = ""
	}
	g.relayout()
	g.places.Update(g.f, g.lay)
	g.loaves.Update(g.f, g.lay, &g.places)
	g.sprites.prepare(g)
	if g.f.Run != g.selRun {
		g.selected, g.selRun = 0, g.f.Run // a new run has new actors
	}
	g.updateCode()
	g.updateWhatIf()
	if g.shot.active() {
		return g.shot.update(g)
	}
	if err := g.updateRecording(); err != nil {
		return err
	}
	return nil
}

// Idle keeps a suspended session's state current while nothing draws: a browser stops calling Update in a
// hidden tab (and throttles it in an iframe out of view), yet a script may still change settings and read
// state(). Idle applies the queued changes and publishes the state, as Update would, without advancing the
// clock or drawing; it does nothing unless the session is suspended or before the first Update. It is safe
// for concurrent use.
func (g *Game) Idle() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.f == nil || !g.s.Suspended() {
		return
	}
	if err := g.s.Update(g.clock()); err == nil {
		g.f = g.s.Frame()
		if g.f.Record > 0 {
			// A clip asked for just before the page was hidden: nothing is drawn to record.
			g.onRecorded()(nil, errors.New("game: record: the page was hidden before the clip began"))
		}
	}
}

// maxHeld is how many frames the first frame is drawn at most while held: a page that never says it showed
// one still gets the full picture.
const maxHeld = 8

// HoldFirstFrame has the first frame drawn again, as cheap as it is, until release is called. A browser does
// not show what a frame drew until its next animation frame is over, and Ebitengine draws its first frame
// outside one and its second inside: without the hold, the second frame (words, controls, the sprites) would be
// drawn before the first is seen, and the page would wait for both. The page releases it once it has shown a
// frame. It is safe for concurrent use.
func (g *Game) HoldFirstFrame() (release func()) {
	g.held.Store(true)
	return func() { g.held.Store(false) }
}

// Drawn is how many frames the game has drawn. It takes no lock: the page asks from an animation frame's
// callback, which must never wait.
func (g *Game) Drawn() int { return int(g.shown.Load()) }

// panelPairs are the panels as the session and the layout name them.
var panelPairs = [...]struct {
	s session.Panels
	l layout.Panels
}{{session.PanelCode, layout.CodePanel}, {session.PanelChart, layout.ChartPanel}, {session.PanelWhatIf, layout.WhatIfPanel}}

// relayout recomputes the layout when the screen or the counts it depends on change.
func (g *Game) relayout() {
	ss := g.screen.Load()
	if ss == nil {
		ss = &screenSize{layout.Pt(float64(layout.DefaultWindow.X), float64(layout.DefaultWindow.Y)), 1}
	}
	bakers, eaters := g.places.Cells(g.f)
	p := layout.Params{Size: ss.size, Scale: ss.scale, Bakers: len(g.f.Snap.Bakers), Eaters: len(g.f.Snap.Eaters),
		Capacity: g.f.Snap.Capacity, BakerCells: bakers, EaterCells: eaters, Minimal: g.f.Look.UI == session.UIMinimal,
		Touch: g.f.Look.Touch, PanelsAuto: g.f.View.Panels.Auto(), Tour: g.f.Tour != nil, MoreControls: g.more}
	if tf := g.f.Tour; tf != nil {
		p.TourFirst, p.TourLast = tf.N <= 1, tf.N >= tf.Of
	}
	for i, para := range tourParagraphs(g.f.Tour) {
		p.TourText[i] = utf8.RuneCountInString(para)
	}
	for _, pp := range panelPairs {
		if !p.PanelsAuto && g.f.View.Panels.Has(pp.s) {
			p.Panels |= pp.l
		}
	}
	if g.lay == nil || g.lay.Params != p {
		g.lay = layout.New(p)
	}
	if p.PanelsAuto {
		// The session's toggles start from what auto shows here: on a phone, nothing.
		var shown session.Panels
		for _, pp := range panelPairs {
			if g.lay.Shown&pp.l != 0 {
				shown |= pp.s
			}
		}
		if !g.autoTold || shown != g.autoShown {
			g.autoShown, g.autoTold = shown, true
			_ = g.s.Do(session.AutoShows(shown))
		}
	}
	g.sprites.ensure(g)
}

// Draw implements ebiten.Game. It only reads the frame.
func (g *Game) Draw(screen *ebiten.Image) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.f == nil || g.f.Suspended || g.lay == nil {
		return
	}
	defer func() {
		g.drawn++
		if !g.first {
			g.full++
		}
		g.shown.Store(int64(g.drawn))
	}()
	g.kept.evict(g.drawn)
	if !g.taking {
		g.draw(screen, g.lay)
		return
	}
	// A frame of a clip: drawn off screen, shown, and given to the recording.
	sz := screen.Bounds().Size()
	if g.frame == nil || g.frame.Bounds().Size() != sz {
		if g.frame != nil {
			g.frame.Deallocate()
		}
		g.frame = ebiten.NewImage(sz.X, sz.Y)
	}
	g.draw(g.frame, g.lay)
	screen.DrawImage(g.frame, nil)
	g.capture.take(g.frame, g.f.Now)
	g.taking = false
}

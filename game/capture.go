package game

import (
	"bytes"
	"fmt"
	"image"
	"os"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/record"
)

// captureFPS is a recording's frame rate: smooth enough to read, light enough to encode in the page.
const captureFPS = 15

// captureWidth is the width recordings are made at, at most; the height keeps the screen's proportions.
const captureWidth = 800

// capture records what the screen shows into a GIF: each frame is drawn, scaled to at most captureWidth
// pixels wide, read back and given to a record.Recorder, whose work is spread over the frames between
// captures.
type capture struct {
	rec    *record.Recorder
	buf    bytes.Buffer
	img    *ebiten.Image // the frame scaled to the clip's size
	rgba   *image.RGBA
	frames int // frames still to take
	next   time.Duration
	last   time.Duration // when the last frame was taken; -1 before the first
	until  time.Duration // when the clip ends, on the clock of now; -1 until the first frame
	length time.Duration // how long the clip is
	done   func(gif []byte, err error)
}

// active reports whether a recording is under way.
func (c *capture) active() bool { return c.rec != nil }

// start begins a clip of d of the wall clock, of the screen of size, calling done with the GIF at the end.
func (c *capture) start(g *Game, d time.Duration, size image.Point, done func([]byte, error)) error {
	w := min(size.X, captureWidth)
	h := max(1, size.Y*w/max(size.X, 1))
	colors, grounds := record.ThemeColors(g.theme)
	c.buf.Reset()
	rec, err := record.New(&c.buf, record.Options{Size: image.Pt(w, h), FPS: captureFPS,
		MaxFrames: record.FramesFor(d, captureFPS), Colors: colors, Grounds: grounds})
	if err != nil {
		return fmt.Errorf("game: record: %w", err)
	}
	c.rec, c.frames, c.next, c.done = rec, record.FramesFor(d, captureFPS), 0, done
	c.last, c.until, c.length = -1, -1, d
	if c.img == nil || c.img.Bounds().Size() != image.Pt(w, h) {
		if c.img != nil {
			c.img.Deallocate()
		}
		c.img = ebiten.NewImage(w, h)
		c.rgba = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	return nil
}

// due reports whether a frame is to be taken at now (the wall clock of the frame being drawn).
func (c *capture) due(now time.Duration) bool { return c.active() && c.frames > 0 && now >= c.next }

// take adds what src shows to the clip.
func (c *capture) take(src *ebiten.Image, now time.Duration) {
	c.img.Clear()
	var op ebiten.DrawImageOptions
	sb, db := src.Bounds(), c.img.Bounds()
	op.GeoM.Scale(float64(db.Dx())/float64(sb.Dx()), float64(db.Dy())/float64(sb.Dy()))
	op.Filter = ebiten.FilterLinear
	c.img.DrawImage(src, &op)
	c.img.ReadPixels(c.rgba.Pix)
	// Each frame shows for as long as the one before was on screen: where frames come slower than the clip's
	// rate (a page drawing 5 a second), the clip has fewer frames of the same length of the run, not a run
	// played fast. The clip ends after its length of the clock, however many frames that was.
	shown := c.rec.Interval()
	if c.last >= 0 {
		if gap := now - c.last; gap > shown*3/2 { // a frame that comes on time (give or take a display frame) keeps the rate
			shown = min(gap, time.Second)
		}
	} else {
		c.until = now + c.length
	}
	c.last = now
	if err := c.rec.AddShown(c.rgba, shown); err != nil {
		c.finish(err)
		return
	}
	c.frames--
	c.next = max(c.next+c.rec.Interval(), now)
	if c.frames == 0 || now+c.rec.Interval() > c.until {
		c.finish(nil)
	}
}

// work does some of the pending frame's encoding: a slice of rows a frame.
func (c *capture) work() {
	if !c.active() {
		return
	}
	if _, err := c.rec.Work(120); err != nil {
		c.finish(err)
	}
}

// finish closes the clip and hands it over.
func (c *capture) finish(err error) {
	if cerr := c.rec.Close(); err == nil {
		err = cerr
	}
	c.rec = nil
	if c.done != nil {
		c.done(bytes.Clone(c.buf.Bytes()), err)
	}
}

// OnRecorded registers fn to receive each clip recorded because a page asked for one (bakery.record): the GIF,
// or why there is none. fn is called from Update. It is safe for concurrent use.
func (g *Game) OnRecorded(fn func(gif []byte, err error)) {
	g.recMu.Lock()
	g.recorded = fn
	g.recMu.Unlock()
}

// onRecorded is where a page's clips go (OnRecorded), or nowhere.
func (g *Game) onRecorded() func([]byte, error) {
	g.recMu.Lock()
	defer g.recMu.Unlock()
	if g.recorded == nil {
		return func([]byte, error) {}
	}
	return g.recorded
}

// updateRecording starts a recording asked for by the page or the desktop's flags (once the window has its
// size), finishes a desktop one whose clip is saved, and marks the frames to take.
func (g *Game) updateRecording() error {
	if g.f.Record > 0 && !g.capture.active() {
		done := g.onRecorded()
		d := time.Duration(g.f.Record * float64(time.Second))
		if err := g.capture.start(g, d, image.Pt(int(g.lay.Size.X), int(g.lay.Size.Y)), done); err != nil {
			done(nil, err)
		}
	}
	if g.opts.Record != "" && !g.clipped {
		if !g.sized() {
			return nil
		}
		g.clipped = true
		g.s.RunTo(g.opts.At)
		g.f = g.s.Frame()
		// The clip starts on a settled scene, as a screenshot does: no loaves still flying from time 0.
		g.relayout()
		g.loaves.SnapAll()
		g.places.Update(g.f, g.lay)
		g.loaves.Update(g.f, g.lay, &g.places)
		g.sprites.prepare(g)
		path := g.opts.Record
		err := g.capture.start(g, g.opts.RecordFor, image.Pt(int(g.lay.Size.X), int(g.lay.Size.Y)), func(gif []byte, err error) {
			if err == nil {
				err = os.WriteFile(path, gif, 0o644)
			}
			g.recordErr, g.recordDone = err, true
		})
		if err != nil {
			return err
		}
	}
	if g.recordDone && g.opts.Record != "" {
		if g.recordErr != nil {
			g.stop()
			return fmt.Errorf("game: record %s: %w", g.opts.Record, g.recordErr)
		}
		return g.stop()
	}
	g.capture.work()
	g.taking = g.capture.due(g.f.Now)
	return nil
}

// sized reports whether the window has taken the size the options ask for.
func (g *Game) sized() bool {
	want := g.opts.Window
	if want == (image.Point{}) {
		want = layout.DefaultWindow
	}
	size := g.lay.Size.Mul(1 / g.lay.Scale)
	return int(size.X+0.5) == want.X && int(size.Y+0.5) == want.Y
}

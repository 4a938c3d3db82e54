package game

import (
	"fmt"
	"image"
	"image/png"
	"os"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/layout"
)

// shot takes the screenshot Options.Screenshot asks for: it runs the simulation to Options.At, lets the window
// settle at its size, saves what the window shows and ends the game. Its clock stands still, so the session
// does not move on while the window settles.
type shot struct {
	path   string
	at     time.Duration
	frames int
	want   image.Point // the window size asked for, in logical pixels
}

func (s *shot) init(opts Options) {
	s.path, s.at = opts.Screenshot, opts.At
	s.want = opts.Window
	if s.want == (image.Point{}) {
		s.want = layout.DefaultWindow
	}
}

func (s *shot) active() bool { return s.path != "" }

// settleFrames is how many ticks a screenshot waits for the window to take its size.
const settleFrames = 3

func (s *shot) update(g *Game) error {
	if s.frames == 0 {
		// The clock stops at At whatever Paused says; the status shows what was asked for.
		g.s.RunTo(s.at)
		g.f = g.s.Frame()
		g.relayout()
	}
	s.frames++
	g.loaves.SnapAll()
	g.places.Update(g.f, g.lay)
	g.loaves.Update(g.f, g.lay, &g.places)
	g.sprites.prepare(g)
	size := g.lay.Size.Mul(1 / g.lay.Scale)
	sized := int(size.X+0.5) == s.want.X && int(size.Y+0.5) == s.want.Y
	if s.frames < settleFrames || (!sized && s.frames < 60) {
		return nil
	}
	if err := s.save(g); err != nil {
		g.stop()
		return err
	}
	return g.stop()
}

// save draws the screen as Draw would into an image of the same size and writes it as PNG.
func (s *shot) save(g *Game) error {
	w, h := int(g.lay.Size.X+0.5), int(g.lay.Size.Y+0.5)
	img := ebiten.NewImage(w, h)
	defer img.Deallocate()
	g.draw(img, g.lay)
	rgba := image.NewRGBA(image.Rect(0, 0, w, h))
	img.ReadPixels(rgba.Pix)
	f, err := os.Create(s.path)
	if err != nil {
		return fmt.Errorf("game: screenshot: %w", err)
	}
	if err := png.Encode(f, rgba); err != nil {
		f.Close()
		return fmt.Errorf("game: screenshot %s: %w", s.path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("game: screenshot %s: %w", s.path, err)
	}
	return nil
}

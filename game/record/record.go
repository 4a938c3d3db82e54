// Package record turns the frames the game draws into an animated GIF, frame by frame, as they come.
package record

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"io"
	"time"
)

// Limits on the settings.
const (
	// MaxFPS is the most frames a second: a GIF counts delays in hundredths of a second, and browsers play a
	// delay under 2 as 10.
	MaxFPS = 50
	// MaxSide is the largest width or height a GIF can hold.
	MaxSide = 1<<16 - 1
)

// ErrFull is returned by [Recorder.Add] once the recorder holds MaxFrames frames.
var ErrFull = errors.New("record: the clip is full")

var errClosed = errors.New("record: closed")

// Options are a recording's settings.
type Options struct {
	// Size is every frame's size in pixels, 1..MaxSide each way: 800×450, say.
	Size image.Point
	// FPS is how many frames a second the clip shows, 1..MaxFPS. A frame is shown for a whole number of
	// hundredths of a second, the nearest to 1/FPS; [Recorder.Interval] says how far apart to take them.
	FPS int
	// MaxFrames is the most frames the clip holds, at least 1; see [FramesFor].
	MaxFrames int
	// Colors are the colours the frames are drawn in, kept exactly (but for colours within 4 levels a channel of
	// one already kept); a translucent one is kept as it looks over each ground. With the grounds, at most 255.
	Colors []color.Color
	// Grounds are the opaque surfaces the colours are drawn on (a floor, a table, a panel), most covered first.
	// The palette adds blends of every colour with every ground for antialiased edges: three levels (¼, ½, ¾)
	// where they fit, else two (⅓, ⅔) or one (½), giving earlier grounds more.
	Grounds []color.Color
}

// FramesFor returns how many frames at fps cover d, at least 1.
func FramesFor(d time.Duration, fps int) int {
	iv := FrameInterval(fps)
	return max(1, int((d+iv-1)/iv))
}

// FrameInterval is how long each frame of a clip at fps is shown: a whole number of hundredths of a second.
func FrameInterval(fps int) time.Duration {
	return time.Duration(delayFor(fps)) * 10 * time.Millisecond
}

func delayFor(fps int) int {
	if fps <= 0 {
		return 0
	}
	return max(2, (100+fps/2)/fps)
}

// Recorder writes an animated GIF to an io.Writer as frames come. Each frame is cut to the rectangle that
// changed since the one before, quantised to a fixed palette (pixels inside it that did not change become
// transparent), compressed by image/gif and written, so that memory holds two frames, not the clip, and no
// work piles up for the end. The clip loops forever.
//
// [Recorder.Add] only finds what changed and copies it. The rest, the bulk of the work, is done by
// [Recorder.Work] a few rows at a time, so that a game loop can spread a frame over the display frames until
// the next one is due; whatever is left is done by the next Add, by [Recorder.Flush] or by [Recorder.Close].
// A Recorder is not safe for concurrent use.
type Recorder struct {
	w      io.Writer
	opt    Options
	delay  int
	pal    color.Palette
	levels []int // blend levels per ground
	q      *quantizer

	prev, next []uint8 // the last frame encoded and the one pending, RGBA, Size.X×4 bytes a row
	idx        []uint8 // the pending frame's palette indices, rect.Dx() a row
	pend       pending
	scratch    gifBuffer
	frames     int // frames added, pending included
	written    int64
	err        error // sticky: the first write error
	closed     bool
}

// pending is the frame Add took and Work has not finished.
type pending struct {
	on    bool
	first bool            // the clip's first frame: written whole, with the GIF's header
	rect  image.Rectangle // what changed; empty if nothing did
	row   int             // the next row of rect to quantise
	delay int             // how long it shows, in hundredths of a second
}

// New starts a recording to w, or says which setting is wrong.
func New(w io.Writer, o Options) (*Recorder, error) {
	switch {
	case w == nil:
		return nil, errors.New("record: no writer")
	case o.Size.X < 1 || o.Size.Y < 1 || o.Size.X > MaxSide || o.Size.Y > MaxSide:
		return nil, fmt.Errorf("record: frame size %d×%d: want 1..%d pixels each way", o.Size.X, o.Size.Y, MaxSide)
	case o.FPS < 1 || o.FPS > MaxFPS:
		return nil, fmt.Errorf("record: %d frames a second: want 1..%d", o.FPS, MaxFPS)
	case o.MaxFrames < 1:
		return nil, fmt.Errorf("record: at most %d frames: want at least 1", o.MaxFrames)
	}
	pal, _, levels, err := buildPalette(o.Colors, o.Grounds)
	if err != nil {
		return nil, err
	}
	o.Colors = append([]color.Color(nil), o.Colors...)
	o.Grounds = append([]color.Color(nil), o.Grounds...)
	n := o.Size.X * o.Size.Y
	return &Recorder{w: w, opt: o, delay: delayFor(o.FPS), pal: pal, levels: levels, q: newQuantizer(pal),
		prev: make([]uint8, 4*n), next: make([]uint8, 4*n), idx: make([]uint8, n)}, nil
}

// Delay is how long each frame shows, in hundredths of a second.
func (r *Recorder) Delay() int { return r.delay }

// Interval is how long each frame shows: the time to advance the scene between two frames so that the clip
// plays at the speed it was drawn.
func (r *Recorder) Interval() time.Duration { return time.Duration(r.delay) * 10 * time.Millisecond }

// Palette returns the clip's palette: entry 0 is transparent, then the exact colours, then the blends.
func (r *Recorder) Palette() color.Palette { return append(color.Palette(nil), r.pal...) }

// Frames is how many frames were added.
func (r *Recorder) Frames() int { return r.frames }

// Full reports whether the clip holds MaxFrames frames.
func (r *Recorder) Full() bool { return r.frames >= r.opt.MaxFrames }

// Written is how many bytes were written to the writer so far.
func (r *Recorder) Written() int64 { return r.written }

// Add takes the next frame, which must be Options.Size (its origin may be anywhere) and opaque: alpha is
// ignored. It finishes the frame before, if Work has not, then finds what changed and copies it: the recorder
// keeps no reference to frame. Past MaxFrames it returns [ErrFull]; after a write error, that error again.
func (r *Recorder) Add(frame *image.RGBA) error {
	switch {
	case r.closed:
		return errClosed
	case frame == nil:
		return errors.New("record: nil frame")
	case frame.Rect.Size() != r.opt.Size:
		return fmt.Errorf("record: frame is %d×%d: want %d×%d", frame.Rect.Dx(), frame.Rect.Dy(), r.opt.Size.X, r.opt.Size.Y)
	case r.Full():
		return ErrFull
	}
	if err := r.Flush(); err != nil {
		return err
	}
	pix, stride := frame.Pix[frame.PixOffset(frame.Rect.Min.X, frame.Rect.Min.Y):], frame.Stride
	first := r.frames == 0
	rect := image.Rectangle{Max: r.opt.Size}
	if !first {
		rect = r.changed(pix, stride)
	}
	pw := 4 * r.opt.Size.X
	for y := rect.Min.Y; y < rect.Max.Y; y++ {
		copy(r.next[y*pw+4*rect.Min.X:][:4*rect.Dx()], pix[y*stride+4*rect.Min.X:])
	}
	r.pend = pending{on: true, first: first, rect: rect, row: rect.Min.Y, delay: r.delay}
	r.frames++
	return nil
}

// AddShown is Add for a frame that shows for shown rather than the clip's interval: a game that draws fewer
// frames a second than the clip asks for records each one for as long as it was on screen, so that the clip
// plays at the speed the scene ran. shown is rounded to hundredths of a second, at least two (browsers play
// less as ten).
func (r *Recorder) AddShown(frame *image.RGBA, shown time.Duration) error {
	if err := r.Add(frame); err != nil {
		return err
	}
	r.pend.delay = max(2, int((shown+5*time.Millisecond)/(10*time.Millisecond)))
	return nil
}

// Close finishes the pending frame and writes the end of the GIF. It does not close the writer. A clip needs
// at least one frame.
func (r *Recorder) Close() error {
	if r.closed {
		return errClosed
	}
	err := r.Flush()
	r.closed = true
	if err != nil {
		return err
	}
	if r.frames == 0 {
		return errors.New("record: no frames: a GIF needs at least one")
	}
	return r.put([]byte{gifTrailer})
}

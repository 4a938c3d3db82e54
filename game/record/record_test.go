package record

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"testing"
	"time"

	"github.com/gobakery/bakery/game/palette"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func themeOptions(th palette.Theme, size image.Point, fps, frames int) Options {
	colors, grounds := ThemeColors(th)
	return Options{Size: size, FPS: fps, MaxFrames: frames, Colors: colors, Grounds: grounds}
}

// record draws n frames of the synthetic scene and returns the GIF.
func record(t testing.TB, o Options, th palette.Theme, n int) ([]byte, *Recorder) {
	var buf bytes.Buffer
	r, err := New(&buf, o)
	require.NoError(t, err)
	for i := range n {
		require.NoError(t, r.Add(scene(th, o.Size, i, o.FPS)), "frame %d", i)
	}
	require.NoError(t, r.Close())
	require.Equal(t, int64(buf.Len()), r.Written())
	return buf.Bytes(), r
}

func TestTenSecondClip(t *testing.T) {
	for _, tc := range []struct {
		name       string
		theme      palette.Theme
		fps        int
		wantDelay  int
		wantFrames int
	}{
		{"light at 10 fps", palette.Light, 10, 10, 100},
		{"dark at 15 fps", palette.Dark, 15, 7, 143}, // 1/15 s rounds to 7/100 s: 143 frames cover 10 s
	} {
		t.Run(tc.name, func(t *testing.T) {
			frames := FramesFor(10*time.Second, tc.fps)
			require.Equal(t, tc.wantFrames, frames)
			data, r := record(t, themeOptions(tc.theme, image.Pt(800, 450), tc.fps, frames), tc.theme, frames)
			assert.True(t, r.Full())
			assert.ErrorIs(t, r.Add(scene(tc.theme, image.Pt(800, 450), 0, tc.fps)), errClosed)
			t.Logf("%d frames, %d bytes (%.0f KB), %d palette entries, blend levels %v",
				frames, len(data), float64(len(data))/1e3, len(r.Palette()), r.levels)
			assert.Less(t, len(data), 1<<20, "well under 5 MB")

			g, err := gif.DecodeAll(bytes.NewReader(data))
			require.NoError(t, err)
			assert.Len(t, g.Image, tc.wantFrames)
			for i, d := range g.Delay {
				require.Equal(t, tc.wantDelay, d, "delay of frame %d", i)
			}
			assert.Equal(t, 0, g.LoopCount, "loops forever")
			assert.Equal(t, image.Config{ColorModel: g.Config.ColorModel, Width: 800, Height: 450}, g.Config)
		})
	}
}

// TestFramesShowTheNearestColours plays the GIF back as a browser would, each frame over the last, and checks
// that every pixel of every frame is the palette's colour for the pixel drawn.
func TestFramesShowTheNearestColours(t *testing.T) {
	size := image.Pt(200, 112)
	o := themeOptions(palette.Light, size, 10, 30)
	data, r := record(t, o, palette.Light, 30)
	g, err := gif.DecodeAll(bytes.NewReader(data))
	require.NoError(t, err)
	require.Len(t, g.Image, 30)
	q := r.q
	canvas := image.NewRGBA(image.Rectangle{Max: size})
	for i, m := range g.Image {
		assert.Equal(t, byte(gif.DisposalNone), g.Disposal[i])
		for y := m.Rect.Min.Y; y < m.Rect.Max.Y; y++ {
			for x := m.Rect.Min.X; x < m.Rect.Max.X; x++ {
				if c := m.Palette[m.ColorIndexAt(x, y)]; !isTransparent(c) {
					canvas.Set(x, y, c)
				}
			}
		}
		want := scene(palette.Light, size, i, 10)
		bad := 0
		for p := 0; p < len(want.Pix); p += 4 {
			got := q.pal[q.index(want.Pix[p], want.Pix[p+1], want.Pix[p+2])]
			if !bytes.Equal(canvas.Pix[p:p+3], []byte{got.R, got.G, got.B}) {
				bad++
			}
		}
		require.Zero(t, bad, "frame %d: pixels not as drawn", i)
		if i > 0 {
			assert.Less(t, m.Rect.Dx()*m.Rect.Dy(), size.X*size.Y, "frame %d is cut to what changed", i)
		}
	}
}

func isTransparent(c color.Color) bool {
	_, _, _, a := c.RGBA()
	return a == 0
}

// TestWorkInSlices checks that spreading frames over many calls of Work, as a game loop does, writes the very
// same bytes as doing each at once.
func TestWorkInSlices(t *testing.T) {
	size := image.Pt(160, 90)
	o := themeOptions(palette.Dark, size, 10, 12)
	want, _ := record(t, o, palette.Dark, 12)
	for _, rows := range []int{1, 7, 89, 90, 1000} {
		t.Run(fmt.Sprint(rows, " rows at a time"), func(t *testing.T) {
			var buf bytes.Buffer
			r, err := New(&buf, o)
			require.NoError(t, err)
			for i := range 12 {
				require.NoError(t, r.Add(scene(palette.Dark, size, i, 10)))
				calls := 0
				for more := true; more; calls++ {
					more, err = r.Work(rows)
					require.NoError(t, err)
				}
				assert.LessOrEqual(t, calls, (90+rows-1)/rows+1, "frame %d: the rows, then the compression", i)
				more, err := r.Work(rows)
				assert.False(t, more)
				assert.NoError(t, err)
			}
			require.NoError(t, r.Close())
			assert.Equal(t, want, buf.Bytes())
		})
	}
}

func TestStillFrameKeepsItsTime(t *testing.T) {
	var buf bytes.Buffer
	r, err := New(&buf, Options{Size: image.Pt(8, 4), FPS: 20, MaxFrames: 3, Colors: []color.Color{color.White}})
	require.NoError(t, err)
	still := image.NewRGBA(image.Rect(10, 10, 18, 14)) // the origin need not be 0,0
	for range 3 {
		require.NoError(t, r.Add(still))
	}
	assert.ErrorIs(t, r.Add(still), ErrFull)
	require.NoError(t, r.Close())
	g, err := gif.DecodeAll(&buf)
	require.NoError(t, err)
	require.Len(t, g.Image, 3)
	assert.Equal(t, []int{5, 5, 5}, g.Delay)
	assert.Equal(t, image.Rect(0, 0, 8, 4), g.Image[0].Rect)
	assert.Equal(t, image.Rect(0, 0, 1, 1), g.Image[1].Rect, "an unchanged frame is one transparent pixel")
	assert.True(t, isTransparent(g.Image[1].Palette[g.Image[1].ColorIndexAt(0, 0)]))
}

func TestBadOptions(t *testing.T) {
	ok := Options{Size: image.Pt(800, 450), FPS: 10, MaxFrames: 100, Colors: []color.Color{color.White}}
	many := make([]color.Color, 300)
	for i := range many {
		many[i] = color.RGBA{uint8(i % 20 * 12), uint8(i / 20 * 16), 0x80, 0xFF}
	}
	for _, tc := range []struct {
		name string
		edit func(o *Options)
		want string
	}{
		{"fps 0", func(o *Options) { o.FPS = 0 }, "record: 0 frames a second: want 1..50"},
		{"fps 60", func(o *Options) { o.FPS = 60 }, "record: 60 frames a second: want 1..50"},
		{"width 0", func(o *Options) { o.Size.X = 0 }, "record: frame size 0×450: want 1..65535 pixels each way"},
		{"height 0", func(o *Options) { o.Size.Y = 0 }, "record: frame size 800×0: want 1..65535 pixels each way"},
		{"too wide", func(o *Options) { o.Size.X = 70000 }, "record: frame size 70000×450: want 1..65535 pixels each way"},
		{"no frames", func(o *Options) { o.MaxFrames = 0 }, "record: at most 0 frames: want at least 1"},
		{"no colours", func(o *Options) { o.Colors = nil }, "record: no colours: want at least one"},
		{"nil colour", func(o *Options) { o.Colors = []color.Color{nil} }, "record: colour 1 is nil"},
		{"too many colours", func(o *Options) { o.Colors = many }, "record: 300 colours: want at most 255 (a GIF has 256 entries, one transparent)"},
		{"translucent ground", func(o *Options) { o.Grounds = []color.Color{color.RGBA{0, 0, 0, 0x80}} },
			"record: ground 1 ({0 0 0 128}) is translucent: want an opaque surface"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := ok
			tc.edit(&o)
			r, err := New(&bytes.Buffer{}, o)
			assert.Nil(t, r)
			assert.EqualError(t, err, tc.want)
		})
	}
	_, err := New(nil, ok)
	assert.EqualError(t, err, "record: no writer")
}

func TestBadFrames(t *testing.T) {
	r, err := New(&bytes.Buffer{}, Options{Size: image.Pt(8, 4), FPS: 10, MaxFrames: 2, Colors: []color.Color{color.Black}})
	require.NoError(t, err)
	assert.EqualError(t, r.Add(nil), "record: nil frame")
	assert.EqualError(t, r.Add(image.NewRGBA(image.Rect(0, 0, 4, 8))), "record: frame is 4×8: want 8×4")
	assert.Zero(t, r.Frames())
	assert.EqualError(t, r.Close(), "record: no frames: a GIF needs at least one")
	assert.ErrorIs(t, r.Close(), errClosed)
}

type failWriter struct{ after int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.after <= 0 {
		return 0, errors.New("disk full")
	}
	w.after--
	return len(p), nil
}

func TestWriteErrorSticks(t *testing.T) {
	r, err := New(&failWriter{after: 3}, Options{Size: image.Pt(8, 4), FPS: 10, MaxFrames: 5, Colors: []color.Color{color.Black}})
	require.NoError(t, err)
	frame := image.NewRGBA(image.Rect(0, 0, 8, 4))
	require.NoError(t, r.Add(frame))
	require.NoError(t, r.Flush()) // head, loop, frame: three writes
	frame.Pix[0] = 0xFF
	require.NoError(t, r.Add(frame)) // taken, not yet written
	assert.EqualError(t, r.Flush(), "record: disk full")
	assert.EqualError(t, r.Add(frame), "record: disk full")
	assert.Equal(t, 2, r.Frames())
	assert.EqualError(t, r.Close(), "record: disk full")
}

func TestFramesFor(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		fps  int
		want int
	}{
		{10 * time.Second, 10, 100},
		{10 * time.Second, 15, 143},
		{10 * time.Second, 25, 250},
		{time.Millisecond, 10, 1},
		{0, 10, 1},
	} {
		assert.Equal(t, tc.want, FramesFor(tc.d, tc.fps), "%v at %d fps", tc.d, tc.fps)
	}
}

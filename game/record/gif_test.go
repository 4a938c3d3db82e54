package record

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"testing"

	"github.com/gobakery/bakery/game/palette"
	"github.com/stretchr/testify/assert"
)

func TestSplitGIF(t *testing.T) {
	// A one-frame GIF as image/gif writes it: header, a 2-entry global colour table, a graphic control
	// extension, an image block and the trailer.
	head := []byte("GIF89a\x01\x00\x01\x00\x80\x00\x00" + "\x00\x00\x00\xff\xff\xff")
	frame := []byte("\x21\xf9\x04\x05\x0a\x00\x00\x00" + "\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00")
	ok := append(append(append([]byte(nil), head...), frame...), gifTrailer)
	for _, tc := range []struct {
		name string
		in   []byte
		err  string
	}{
		{"one frame", ok, ""},
		{"not a GIF", append([]byte("GIF87a"), ok[6:]...), "record: image/gif wrote an unexpected file"},
		{"no trailer", ok[:len(ok)-1], "record: image/gif wrote an unexpected file"},
		{"no graphic control", append(append(append([]byte(nil), head...), frame[8:]...), gifTrailer),
			"record: image/gif wrote a frame without a graphic control extension"},
		{"cut short", []byte("GIF89a;"), "record: image/gif wrote an unexpected file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h, f, err := splitGIF(tc.in)
			if tc.err != "" {
				assert.EqualError(t, err, tc.err)
				return
			}
			assert.NoError(t, err)
			assert.Equal(t, head, h)
			assert.Equal(t, frame, f)
		})
	}
}

// Example records two frames of 800×450 in the light theme's colours, as a game loop would: Add when a frame is
// due, Work a few rows at a time in the display frames between, Close at the end.
func Example() {
	colors, grounds := ThemeColors(palette.Light)
	var gif bytes.Buffer
	r, err := New(&gif, Options{Size: image.Pt(800, 450), FPS: 10, MaxFrames: 2, Colors: colors, Grounds: grounds})
	if err != nil {
		panic(err)
	}
	frame := image.NewRGBA(image.Rect(0, 0, 800, 450))
	for i := range 2 {
		fill(frame, frame.Rect, palette.Light.Background)
		fill(frame, image.Rect(100+10*i, 200, 140+10*i, 240), palette.Loaf(0))
		if err := r.Add(frame); err != nil {
			panic(err)
		}
		for more := true; more; {
			if more, err = r.Work(120); err != nil {
				panic(err)
			}
		}
	}
	if err := r.Close(); err != nil {
		panic(err)
	}
	fmt.Println(r.Frames(), "frames of", r.Interval(), "each, full:", r.Full())
	// Output: 2 frames of 100ms each, full: true
}

func TestTranslucentWithoutGrounds(t *testing.T) {
	pal, _, _, err := buildPalette([]color.Color{color.RGBA{0, 0, 0x40, 0x80}}, nil)
	assert.NoError(t, err)
	assert.Equal(t, color.Palette{color.RGBA{}, color.RGBA{0, 0, 0x80, 0xFF}}, pal, "its own hue, opaque")
}

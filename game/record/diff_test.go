package record

import (
	"image"
	"image/color"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestChanged(t *testing.T) {
	for _, tc := range []struct {
		name string
		dots []image.Point
		want image.Rectangle
	}{
		{"nothing", nil, image.Rectangle{}},
		{"one pixel", []image.Point{{5, 3}}, image.Rect(5, 3, 6, 4)},
		{"top left corner", []image.Point{{0, 0}}, image.Rect(0, 0, 1, 1)},
		{"bottom right corner", []image.Point{{19, 7}}, image.Rect(19, 7, 20, 8)},
		{"two apart", []image.Point{{2, 6}, {17, 1}}, image.Rect(2, 1, 18, 7)},
		{"a row", []image.Point{{3, 4}, {4, 4}, {11, 4}}, image.Rect(3, 4, 12, 5)},
		{"widening downwards", []image.Point{{9, 1}, {8, 2}, {12, 3}, {1, 5}}, image.Rect(1, 1, 13, 6)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := New(discard{}, Options{Size: image.Pt(20, 8), FPS: 10, MaxFrames: 2, Colors: []color.Color{color.Black}})
			require.NoError(t, err)
			frame := image.NewRGBA(image.Rect(0, 0, 20, 8))
			require.NoError(t, r.Add(frame))
			require.NoError(t, r.Flush())
			for _, p := range tc.dots {
				frame.Set(p.X, p.Y, color.White)
			}
			assert.Equal(t, tc.want, r.changed(frame.Pix, frame.Stride))
		})
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

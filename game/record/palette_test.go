package record

import (
	"fmt"
	"image/color"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/gobakery/bakery/game/palette"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestThemePalettes(t *testing.T) {
	for _, th := range palette.Themes {
		t.Run(th.Name, func(t *testing.T) {
			colors, grounds := ThemeColors(th)
			pal, exact, levels, err := buildPalette(colors, grounds)
			require.NoError(t, err)
			t.Logf("%d exact colours, blend levels %v over %d grounds, %d entries", exact, levels, len(grounds), len(pal))
			assert.LessOrEqual(t, len(pal), 256)
			for i, l := range levels {
				assert.GreaterOrEqual(t, l, 1, "ground %d: room for at least a half-way blend at every edge", i)
			}
			assert.GreaterOrEqual(t, levels[0], 2, "the floor, most of the picture, gets finer edges")
			assert.True(t, isTransparent(pal[transparent]))
			q := newQuantizer(pal)
			// Every colour field of the theme, as it looks over the floor, maps to itself: a new field in Theme
			// that ThemeColors misses fails here.
			v := reflect.ValueOf(th)
			for i := range v.NumField() {
				c, ok := v.Field(i).Interface().(color.RGBA)
				if !ok {
					continue
				}
				assertKept(t, q, over(c, th.Background), v.Type().Field(i).Name)
			}
			for i, c := range palette.Loaves {
				assertKept(t, q, c, fmt.Sprint("loaf ", i))
			}
			assertKept(t, q, over(th.Shadow, th.Table), "a shadow on the table")
		})
	}
}

// assertKept checks that c maps to itself, or to the colour kept for its cell of the table.
func assertKept(t *testing.T, q *quantizer, c color.RGBA, what string) {
	t.Helper()
	got := q.pal[q.index(c.R, c.G, c.B)]
	assert.Equal(t, cell(c.R, c.G, c.B), cell(got.R, got.G, got.B), "%s: %v maps to %v", what, c, got)
	if got != c {
		t.Logf("%s: %v is kept as %v", what, c, got)
	}
}

// TestRoundTrip checks that palette entries map to themselves, and any colour to an entry about as near as the
// nearest.
func TestRoundTrip(t *testing.T) {
	colors, grounds := ThemeColors(palette.Light)
	pal, _, _, err := buildPalette(colors, grounds)
	require.NoError(t, err)
	q := newQuantizer(pal)
	for i := 1; i < len(pal); i++ {
		c := q.pal[i]
		assert.Equal(t, i, int(q.index(c.R, c.G, c.B)), "entry %d %v", i, c)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		c := color.RGBA{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), 0xFF}
		got := q.pal[q.index(c.R, c.G, c.B)]
		best := q.pal[q.nearest(int(c.R), int(c.G), int(c.B))]
		// The table's cell centre stands for the colour: at most 2 levels off per channel, twice.
		require.LessOrEqual(t, dist(c, got), dist(c, best)+2*math.Sqrt(3*4+4*4+2*4), "%v maps to %v, not %v", c, got, best)
	}
}

func dist(a, b color.RGBA) float64 {
	dr, dg, db := float64(a.R)-float64(b.R), float64(a.G)-float64(b.G), float64(a.B)-float64(b.B)
	return math.Sqrt(3*dr*dr + 4*dg*dg + 2*db*db)
}

func TestLevels(t *testing.T) {
	grey := func(v uint8) color.Color { return color.RGBA{v, v, v, 0xFF} }
	for _, tc := range []struct {
		name       string
		colors     []color.Color
		grounds    []color.Color
		wantLevels []int
		wantLen    int
	}{
		{"no grounds, no blends", []color.Color{grey(0), grey(200)}, nil, []int{}, 1 + 2},
		{"black on white: ¼ ½ ¾", []color.Color{grey(0)}, []color.Color{grey(255)}, []int{3}, 1 + 2 + 3},
		// Half-transparent black over white is grey 128: white, that grey, and its blends with white.
		{"translucent over its ground", []color.Color{color.RGBA{0, 0, 0, 0x80}}, []color.Color{grey(255)}, []int{3}, 1 + 2 + 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pal, _, levels, err := buildPalette(tc.colors, tc.grounds)
			require.NoError(t, err)
			assert.Equal(t, tc.wantLevels, levels)
			assert.Len(t, pal, tc.wantLen)
		})
	}
	t.Run("fewer levels when three do not fit", func(t *testing.T) {
		var colors, grounds []color.Color
		for i := range 40 {
			colors = append(colors, color.RGBA{uint8(6 * i), 0, uint8(255 - 6*i), 0xFF})
		}
		for i := range 3 {
			grounds = append(grounds, color.RGBA{0, uint8(100 + 60*i), 0, 0xFF})
		}
		pal, exact, levels, err := buildPalette(colors, grounds)
		require.NoError(t, err)
		assert.Equal(t, 43, exact)
		// One level for all: 42+41+40 blends (a pair of grounds blends once), 167 entries; two levels add 42 for the
		// first ground (209) and 41 for the second (250); the third's 40 more do not fit.
		assert.Equal(t, []int{2, 2, 1}, levels)
		assert.LessOrEqual(t, len(pal), 256)
	})
}

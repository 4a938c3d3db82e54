package palette

import (
	"image/color"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoafColoursDistinct(t *testing.T) {
	for i, a := range Loaves {
		for j, b := range Loaves {
			if i != j {
				assert.False(t, Near(a, b, 40), "loaf colours %d and %d too close", i, j)
			}
		}
	}
}

func TestThemeSurfacesAreNotLoaves(t *testing.T) {
	// The screenshot test tells a loaf from an empty slot by colour, so no surface a slot shows may pass for a loaf.
	for _, th := range Themes {
		for name, c := range map[string]color.RGBA{"plate": th.Plate, "slot": th.Slot, "table": th.Table, "rim": th.PlateRim} {
			_, ok := IsLoaf(c, 24)
			assert.False(t, ok, "%s %s looks like a loaf", th.Name, name)
		}
	}
}

func TestLoafWraps(t *testing.T) {
	assert.Equal(t, Loaves[0], Loaf(len(Loaves)))
	assert.Equal(t, Loaves[1], Loaf(-1))
}

func TestInk(t *testing.T) {
	assert.Equal(t, uint8(0xFF), Ink(color.RGBA{0, 0, 0, 0xFF}).R)
	assert.Less(t, Ink(Loaves[6]).R, uint8(0x80), "dark ink on yellow")
}

func TestByName(t *testing.T) {
	th, err := ByName("dark")
	require.NoError(t, err)
	assert.Equal(t, "dark", th.Name)
	_, err = ByName("neon")
	assert.Error(t, err)
}

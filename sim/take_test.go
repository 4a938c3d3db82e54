package sim

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTakeCoversEveryKey: every setting but the preset can be taken from one scenario into another, and taking
// them all makes the two the same.
func TestTakeCoversEveryKey(t *testing.T) {
	from := MustPreset("crowd")
	from.BakerNames = []string{"Ann"}
	sc := MustPreset("seed")
	for _, k := range Keys {
		assert.Equal(t, k.Name != "preset", sc.Take(from, k.Name), k.Name)
	}
	assert.Equal(t, from.Settings(), sc.Settings())
	from.BakerNames[0] = "Bo"
	assert.Equal(t, "Ann", sc.BakerNames[0], "names are copied")
	assert.False(t, sc.Take(from, "ovens"))
}

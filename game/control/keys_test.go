package control

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/sim"
)

func TestForRune(t *testing.T) {
	tests := []struct {
		r    rune
		want Action
	}{
		{' ', PlayPause}, {'.', Step}, {'-', SpeedDown}, {'+', SpeedUp}, {'=', SpeedUp}, {'r', Reset}, {'R', Reset},
		{'b', BakersUp}, {'B', BakersDown}, {'e', EatersUp}, {'E', EatersDown}, {']', PlateUp}, {'[', PlateDown},
		{'o', BakeLonger}, {'O', BakeShorter}, {'m', EatLonger}, {'M', EatShorter}, {'f', ToggleRandom},
		{'h', Help}, {'?', Help}, {'1', PresetAction(0)}, {'6', PresetAction(5)}, {'0', None}, {'z', None},
	}
	for _, tt := range tests {
		t.Run(string(tt.r), func(t *testing.T) {
			assert.Equal(t, tt.want, ForRune(tt.r))
		})
	}
}

func TestForKey(t *testing.T) {
	assert.Equal(t, Step, ForKey(ArrowRight))
	assert.Equal(t, Close, ForKey(Escape))
	assert.Equal(t, None, ForKey(Key(99)))
}

// TestEveryPresetHasAKeyAndAnAction: the presets' actions and number keys come from sim.Presets, whatever their
// number.
func TestEveryPresetHasAKeyAndAnAction(t *testing.T) {
	for i, p := range sim.Presets {
		a := PresetAction(i)
		require.NotEqual(t, None, a, p.Name)
		got, ok := a.Preset()
		assert.True(t, ok)
		assert.Equal(t, i, got)
		assert.Contains(t, a.String(), p.Name)
		if i < MaxPresetKeys {
			assert.Equal(t, a, ForRune(rune('1'+i)))
			assert.Equal(t, fmt.Sprint(i+1), KeyFor(a))
		}
	}
	assert.Equal(t, None, PresetAction(len(sim.Presets)))
	assert.Equal(t, None, ForRune(rune('1'+len(sim.Presets))), "no key past the last preset")
	_, ok := Help.Preset()
	assert.False(t, ok)
}

// TestTableIsConsistent: every action but the API's own has a binding with words, no character is bound twice,
// and the help lists every binding's label.
func TestTableIsConsistent(t *testing.T) {
	seen := map[rune]Action{}
	for _, b := range Bindings {
		assert.NotEmpty(t, b.Label, b.Name)
		assert.NotEmpty(t, b.Name)
		assert.NotEmpty(t, b.Line)
		for _, r := range b.Chars {
			_, dup := seen[r]
			assert.False(t, dup, "%q bound twice", r)
			seen[r] = b.Action
			assert.Equal(t, b.Action, ForRune(r))
		}
	}
	for a := PlayPause; a < firstPreset; a++ {
		if a == Play || a == Pause || a == TourLeave || a == Record || a == MoreControls { // buttons or calls with no key
			continue
		}
		_, ok := bindingOf(a)
		assert.True(t, ok, "action %d has no binding", a)
	}
	help := fmt.Sprint(Shortcuts())
	for _, b := range Bindings {
		assert.Contains(t, help, b.Label)
	}
	assert.Contains(t, help, fmt.Sprintf("1 – %d", len(sim.Presets)))
	assert.Equal(t, "Shift+B", KeyFor(BakersDown))
	assert.Equal(t, "one more baker", BakersUp.String())
}

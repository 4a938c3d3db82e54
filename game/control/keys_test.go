package control

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestForRune(t *testing.T) {
	tests := []struct {
		r    rune
		want Action
	}{
		{' ', PlayPause},
		{'.', Step},
		{'-', SpeedDown},
		{'+', SpeedUp},
		{'=', SpeedUp},
		{'r', Reset},
		{'R', Reset},
		{'b', BakersUp},
		{'B', BakersDown},
		{'e', EatersUp},
		{'E', EatersDown},
		{']', PlateUp},
		{'[', PlateDown},
		{'o', BakeLonger},
		{'O', BakeShorter},
		{'m', EatLonger},
		{'M', EatShorter},
		{'f', ToggleRandom},
		{'h', Help},
		{'?', Help},
		{'1', Preset1},
		{'6', Preset6},
		{'7', None},
		{'0', None},
		{'z', None},
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

func TestPreset(t *testing.T) {
	tests := []struct {
		a    Action
		want int
		ok   bool
	}{
		{Preset1, 0, true},
		{Preset6, 5, true},
		{Help, 0, false},
		{None, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.a.String(), func(t *testing.T) {
			got, ok := tt.a.Preset()
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
	assert.Equal(t, None, PresetAction(6))
	assert.Equal(t, Preset3, PresetAction(2))
}

func TestEveryActionNamed(t *testing.T) {
	for a := None; a <= Close; a++ {
		assert.NotEqual(t, "action?", a.String(), "action %d", a)
	}
}

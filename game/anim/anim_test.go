package anim

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestEaseInOut(t *testing.T) {
	tests := []struct {
		t, want float64
	}{
		{-1, 0}, {0, 0}, {0.5, 0.5}, {1, 1}, {2, 1}, {0.25, 0.0625}, {0.75, 0.9375},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.t), func(t *testing.T) {
			assert.InDelta(t, tt.want, EaseInOut(tt.t), 1e-12)
		})
	}
	prev := 0.0
	for i := 1; i <= 100; i++ {
		v := EaseInOut(float64(i) / 100)
		assert.GreaterOrEqual(t, v, prev, "monotonic at %d", i)
		prev = v
	}
}

func TestTween(t *testing.T) {
	ms := func(n int) time.Duration { return time.Duration(n) * time.Millisecond }
	tw := Tween{Start: ms(100), Dur: ms(200)}
	tests := []struct {
		name string
		now  time.Duration
		want float64
		done bool
	}{
		{"before", ms(50), 0, false},
		{"start", ms(100), 0, false},
		{"half", ms(200), 0.5, false},
		{"end", ms(300), 1, true},
		{"after", ms(990), 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, tw.At(tt.now), 1e-12)
			assert.Equal(t, tt.done, tw.Done(tt.now))
		})
	}
	assert.Equal(t, 1.0, Tween{Start: 3}.At(3), "zero duration is done at once")
}

func TestFlight(t *testing.T) {
	tests := []struct {
		name     string
		speed    float64
		shortest float64
		reduced  bool
		want     time.Duration
	}{
		{"normal", 1, 1, false, Base},
		{"seed bakes", 1, 0.5, false, 250 * time.Millisecond},
		{"slow", 0.25, 0.5, false, Base},
		{"4x", 4, 1, false, 125 * time.Millisecond},
		{"8x is short", 8, 1, false, 62500 * time.Microsecond},
		{"16x is too fast", 16, 1, false, 0},
		{"64x", 64, 2, false, 0},
		{"reduced motion", 1, 1, true, 0},
		{"no speed", 0, 1, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Flight(tt.speed, tt.shortest, tt.reduced))
		})
	}
}

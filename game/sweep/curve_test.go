package sweep

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSplineStaysBetweenNeighbours(t *testing.T) {
	tests := []struct {
		name string
		y    []float64
	}{
		{"one point", []float64{3}},
		{"two points", []float64{1, 2}},
		{"rising", []float64{0, 0.5, 0.8, 0.9, 0.95}},
		{"flat then steep", []float64{0, 0, 0, 1, 5}},
		{"up and down", []float64{0, 1, 1, 0.5, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSpline(tt.y)
			for i, y := range tt.y {
				assert.InDelta(t, y, s.at(float64(i)), 1e-12, "passes through point %d", i)
			}
			for i := 0; i+1 < len(tt.y); i++ {
				lo, hi := min(tt.y[i], tt.y[i+1]), max(tt.y[i], tt.y[i+1])
				prev := s.at(float64(i))
				for u := float64(i); u <= float64(i+1); u += 1.0 / 64 {
					v := s.at(u)
					assert.True(t, v >= lo-1e-12 && v <= hi+1e-12, "%v at %v is outside %v..%v", v, u, lo, hi)
					assert.InDelta(t, prev, v, (hi-lo)/64*3+1e-12, "continuous at %v", u) // no jump: the slope is at most twice the mean
					prev = v
				}
			}
		})
	}
}

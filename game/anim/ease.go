// Package anim holds the arithmetic of motion: easing curves and how long a tween may last.
package anim

// EaseInOut eases t in 0..1 with a cubic curve that starts and ends at rest; t outside 0..1 is clamped.
func EaseInOut(t float64) float64 {
	switch {
	case t <= 0:
		return 0
	case t >= 1:
		return 1
	case t < 0.5:
		return 4 * t * t * t
	}
	u := -2*t + 2
	return 1 - u*u*u/2
}

// Clamp01 limits t to 0..1.
func Clamp01(t float64) float64 {
	return min(max(t, 0), 1)
}

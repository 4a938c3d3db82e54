package sweep

// spline is a monotone cubic through the points (i, y[i]), i = 0..len(y)−1. Its tangents are Fritsch and
// Butland's: the harmonic mean of the slopes either side, or 0 where the data turn, and the one slope there is at
// the ends. That makes it smooth (C¹), and between two neighbours it stays within their values (Fritsch and
// Carlson's condition holds, since no tangent exceeds twice the smaller slope beside it), so a line drawn
// through exact values never bulges past them as a plain cubic spline can.
type spline struct {
	y, m []float64
}

func newSpline(y []float64) spline {
	n := len(y)
	m := make([]float64, n)
	for i := range n {
		switch {
		case n == 1:
		case i == 0:
			m[i] = y[1] - y[0]
		case i == n-1:
			m[i] = y[n-1] - y[n-2]
		default:
			if a, b := y[i]-y[i-1], y[i+1]-y[i]; a*b > 0 {
				m[i] = 2 * a * b / (a + b)
			}
		}
	}
	return spline{y, m}
}

// at evaluates the spline at u in 0..len(y)−1 (the cubic Hermite form).
func (s spline) at(u float64) float64 {
	n := len(s.y)
	if n == 1 {
		return s.y[0]
	}
	i := min(int(u), n-2)
	t := u - float64(i)
	t2, t3 := t*t, t*t*t
	return (2*t3-3*t2+1)*s.y[i] + (t3-2*t2+t)*s.m[i] + (-2*t3+3*t2)*s.y[i+1] + (t3-t2)*s.m[i+1]
}

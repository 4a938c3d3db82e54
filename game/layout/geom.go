// Package layout places everything on the screen: table, plate slots, bakers, eaters and controls. It is pure
// arithmetic, so it is tested without a display and the screenshot tests can ask it where to look.
package layout

import "math"

// Point is a position or an offset in device pixels.
type Point struct {
	X, Y float64
}

// Pt is shorthand for Point{x, y}.
func Pt(x, y float64) Point { return Point{x, y} }

// Add returns p+q.
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

// Sub returns p−q.
func (p Point) Sub(q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }

// Mul returns p scaled by k.
func (p Point) Mul(k float64) Point { return Point{p.X * k, p.Y * k} }

// Lerp returns the point a fraction t of the way from p to q.
func (p Point) Lerp(q Point, t float64) Point { return Point{p.X + (q.X-p.X)*t, p.Y + (q.Y-p.Y)*t} }

// Dist returns the distance from p to q.
func (p Point) Dist(q Point) float64 { return math.Hypot(q.X-p.X, q.Y-p.Y) }

// Rect is an axis-aligned rectangle: Min is inclusive, Max exclusive.
type Rect struct {
	Min, Max Point
}

// R is shorthand for the rectangle with corner (x, y), width w and height h.
func R(x, y, w, h float64) Rect { return Rect{Point{x, y}, Point{x + w, y + h}} }

// Dx is the width of r.
func (r Rect) Dx() float64 { return r.Max.X - r.Min.X }

// Dy is the height of r.
func (r Rect) Dy() float64 { return r.Max.Y - r.Min.Y }

// Center is the middle of r.
func (r Rect) Center() Point { return r.Min.Lerp(r.Max, 0.5) }

// Empty reports whether r has no area.
func (r Rect) Empty() bool { return r.Max.X <= r.Min.X || r.Max.Y <= r.Min.Y }

// Contains reports whether p lies in r.
func (r Rect) Contains(p Point) bool {
	return p.X >= r.Min.X && p.X < r.Max.X && p.Y >= r.Min.Y && p.Y < r.Max.Y
}

// Inset shrinks r by d on every side (grows it if d < 0); it never turns inside out.
func (r Rect) Inset(d float64) Rect {
	d = min(d, r.Dx()/2, r.Dy()/2)
	return Rect{Point{r.Min.X + d, r.Min.Y + d}, Point{r.Max.X - d, r.Max.Y - d}}
}

func clamp(v, lo, hi float64) float64 { return min(max(v, lo), hi) }

package anim

// Tween moves a value from 0 to 1 over Dur ticks starting at tick Start. A Tween with Dur 0 is always done.
// Ticks rather than wall-clock time are used so that Update never reads the clock and a paused or hidden game
// simply stops the count.
type Tween struct {
	Start, Dur int64
}

// At returns the eased progress of the tween at tick now, 0..1.
func (tw Tween) At(now int64) float64 {
	if tw.Dur <= 0 {
		return 1
	}
	return EaseInOut(float64(now-tw.Start) / float64(tw.Dur))
}

// Done reports whether the tween has reached its end at tick now.
func (tw Tween) Done(now int64) bool {
	return now-tw.Start >= tw.Dur
}

// Base is how many ticks a loaf's flight takes at normal speed (at 60 ticks a second, a third of a second).
const Base = 20

// FlightTicks returns how many ticks a loaf's flight may take. speed is the simulation's speed factor and
// shortest the shortest mean bake or eat time in simulated seconds. A flight never takes more than half of the
// real time between a baker's or an eater's events, so at high speed flights shorten and then vanish (0) rather
// than show a loaf somewhere it no longer is. With reduced motion there are no flights.
func FlightTicks(speed, shortest float64, tps int, reduced bool) int64 {
	if reduced || speed <= 0 || tps <= 0 {
		return 0
	}
	n := float64(Base)
	if shortest > 0 {
		n = min(n, shortest/speed*float64(tps)/2)
	}
	if n < 3 {
		return 0
	}
	return int64(n)
}

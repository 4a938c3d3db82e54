package anim

import "time"

// Tween moves a value from 0 to 1 over Dur of the wall clock, starting at Start. A Tween with Dur 0 is always
// done. Times are the session's wall clock, so flights take the same real time at any frame rate.
type Tween struct {
	Start, Dur time.Duration
}

// At returns the eased progress of the tween at now, 0..1.
func (tw Tween) At(now time.Duration) float64 {
	if tw.Dur <= 0 {
		return 1
	}
	return EaseInOut(float64(now-tw.Start) / float64(tw.Dur))
}

// Done reports whether the tween has reached its end at now.
func (tw Tween) Done(now time.Duration) bool {
	return now-tw.Start >= tw.Dur
}

// Base is how long a loaf's flight takes at normal speed: a third of a second.
const Base = time.Second / 3

// shortest is the shortest flight worth showing; anything shorter is a jump.
const shortest = 50 * time.Millisecond

// Flight returns how long a loaf's flight may take. speed is the simulation's speed factor and shortestMean the
// shortest mean bake or eat time in simulated seconds. A flight never takes more than half of the real time
// between a baker's or an eater's events, so at high speed flights shorten and then vanish (0) rather than show
// a loaf somewhere it no longer is. With reduced motion there are no flights.
func Flight(speed, shortestMean float64, reduced bool) time.Duration {
	if reduced || speed <= 0 {
		return 0
	}
	d := Base
	if shortestMean > 0 {
		d = min(d, time.Duration(shortestMean/speed/2*float64(time.Second)))
	}
	if d < shortest {
		return 0
	}
	return d
}

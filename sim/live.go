package sim

import (
	"fmt"
	"slices"
)

// SetBakers changes the number of bakers while running. New bakers start baking now; bakers asked to leave (the
// newest first) finish the loaf they are baking or holding, put it on the plate, and go: no loaf is lost.
func (s *Sim) SetBakers(n int) error { return s.setCount(BakerRole, n) }

// SetEaters changes the number of eaters while running. New eaters come to the plate now; eaters asked to leave
// (the newest first) finish the loaf they are eating and go, or go at once if they were waiting for one.
func (s *Sim) SetEaters(n int) error { return s.setCount(EaterRole, n) }

func (s *Sim) setCount(role Role, n int) error {
	key := map[Role]string{BakerRole: "bakers", EaterRole: "eaters"}[role]
	if s.closed {
		return errClosed
	}
	if n < 0 || n > s.lim.MaxActors {
		return &SettingError{key, fmt.Sprint(n), fmt.Sprintf("a whole number 0..%d", s.lim.MaxActors)}
	}
	// Bakers that finished their batch still count: they stand at the table, done.
	var staying []*actor
	for _, a := range s.actors {
		if a.role == role && a.state != Gone && !a.leaving {
			staying = append(staying, a)
		}
	}
	if role == BakerRole {
		s.sc.Bakers = n
	} else {
		s.sc.Eaters = n
	}
	if s.finished {
		return nil // the run is over; the new count applies from the next Reset
	}
	for range n - len(staying) {
		a := s.spawn(role)
		s.emit(Joined, a, nil, Loaf{})
	}
	for _, a := range slices.Backward(staying[min(n, len(staying)):]) {
		a.leaving = true
		switch {
		case !a.alive: // a baker whose batch is done holds nothing: it goes now
			a.gone()
		case a.next == nil: // joined but not yet run (asked for and sent away in one pause): it goes now
			a.die()
			a.gone()
		case a.role == EaterRole && s.plate.takers.remove(func(e *actor) bool { return e == a }):
			a.stop() // it held nothing; unwinding runs its exit, which reports it gone
		}
	}
	s.checkEnd()
	return nil
}

// SetPlate changes the plate's capacity while running. Growing it lets waiting bakers put their loaves at once;
// shrinking it drops nothing: bakers wait until the plate has drained below the new capacity.
func (s *Sim) SetPlate(k int) error {
	if s.closed {
		return errClosed
	}
	if k < 0 || k > s.lim.MaxPlate {
		return &SettingError{"plate", fmt.Sprint(k), fmt.Sprintf("a whole number 0..%d", s.lim.MaxPlate)}
	}
	s.sc.Plate = k
	p := &s.plate
	if k == p.cap {
		return nil
	}
	p.cap = k
	s.emit(Resized, nil, nil, Loaf{})
	p.fill()
	return nil
}

// SetBake changes the bake time; bakes already under way keep the time they drew.
func (s *Sim) SetBake(d Dist) error { return s.setDist("bake", &s.sc.Bake, d) }

// SetEat changes the eat time; meals already under way keep the time they drew.
func (s *Sim) SetEat(d Dist) error { return s.setDist("eat", &s.sc.Eat, d) }

func (s *Sim) setDist(key string, field *Dist, d Dist) error {
	if s.closed {
		return errClosed
	}
	if err := d.check(); err != nil {
		return &SettingError{key, d.String(), fmt.Sprintf("a time from %s to %s (%v)", fmtSeconds(MinDuration), fmtSeconds(MaxDuration), err)}
	}
	*field = d
	return nil
}

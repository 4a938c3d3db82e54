package session

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gobakery/bakery/game/sweep"
	"github.com/gobakery/bakery/sim"
)

// Omitted, passed to Sweep as from or to, stands for that end of the axis's DefaultRange.
const Omitted = math.MinInt

// sweepAsk is the sweep a Change starts.
type sweepAsk struct {
	axis     sweep.Axis
	from, to int
}

// Sweep is the change that starts a what-if sweep of the scenario as it is when the change applies, along axis
// ("plate" or "eaters"; "" means plate) from from to to, inclusive. Omitted takes from from the axis's
// DefaultRange, and to from it too, or from itself if from is past the default range's end. The session holds
// at most one sweep: this one replaces (and closes) any before it. Each bad argument is a *sim.SettingError
// naming "axis", "from" or "to", the value and what is allowed, joined with errors.Join. It is safe for
// concurrent use.
func Sweep(axis string, from, to int) (Change, error) {
	axis = strings.TrimSpace(axis)
	if axis == "" {
		axis = sweep.Plate.String()
	}
	a, err := sweep.ParseAxis(axis)
	if err != nil {
		return Change{}, errors.Join(err)
	}
	lo, hi := a.DefaultRange()
	if from == Omitted {
		from = lo
	}
	if to == Omitted {
		to = max(hi, from)
	}
	// sweep.New is where the range is checked: with any valid base, it refuses exactly the bad ranges. It runs
	// nothing until Work.
	sw, err := sweep.New(sim.MustPreset("balanced"), a, from, to, Limits, sweep.Options{})
	if err != nil {
		return Change{}, settingErrors(err)
	}
	sw.Close()
	return Change{sweep: &sweepAsk{a, from, to}}, nil
}

// ParseSweep is Sweep for typed values, as a page passes them: from and to are whole numbers, or "" for Omitted.
func ParseSweep(axis, from, to string) (Change, error) {
	var errs []error
	read := func(key, v string) int {
		v = strings.TrimSpace(v)
		if v == "" {
			return Omitted
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			errs = append(errs, &sim.SettingError{Key: key, Value: clip(v, 80), Allowed: "a whole number"})
			return Omitted
		}
		return n
	}
	f, t := read("from", from), read("to", to)
	if len(errs) > 0 {
		return Change{}, errors.Join(errs...)
	}
	return Sweep(axis, f, t)
}

// settingErrors lists the *sim.SettingErrors inside err, joined, without the package's prefix: each names its
// setting as the caller typed it.
func settingErrors(err error) error {
	var found []error
	var walk func(error)
	walk = func(e error) {
		switch x := e.(type) {
		case *sim.SettingError:
			found = append(found, x)
		case interface{ Unwrap() []error }:
			for _, inner := range x.Unwrap() {
				walk(inner)
			}
		default:
			if inner := errors.Unwrap(e); inner != nil {
				walk(inner)
			}
		}
	}
	walk(err)
	if len(found) == 0 {
		return err
	}
	return errors.Join(found...)
}

// SetWorkClock sets the clock a sweep's work in each Update is measured with, for the sweeps started after it:
// a test passes a fake one. The default is the wall clock. It belongs to the goroutine that calls Update.
func (s *Session) SetWorkClock(clock func() time.Duration) {
	if clock != nil {
		s.workClock = clock
	}
}

// startSweep starts a sweep of the scenario now, closing the one before.
func (s *Session) startSweep(a sweepAsk) {
	s.closeSweep()
	base := s.sim.Scenario()
	sw, err := sweep.New(base, a.axis, a.from, a.to, Limits, sweep.Options{Clock: s.workClock})
	if err != nil {
		s.sayErr(settingErrors(err))
		return
	}
	s.sweep, s.sweepBase, s.sweepDone = sw, base, false
	s.sweepGen++
}

func (s *Session) closeSweep() {
	if s.sweep != nil {
		s.sweep.Close()
		s.sweep = nil
		s.sweepGen++
	}
}

// minSweepSlice is the least a frame gives the sweep.
const minSweepSlice = time.Millisecond

// workSweep gives the sweep its slice of this Update: a tenth of the frame interval, at least a millisecond;
// the interval as the frame rate says, or as this frame took before there is one. At 60 frames a second that is
// 1.7 ms, which keeps the frame within its budget with every panel open; in a browser drawing 20 frames a
// second it is 5 ms, and the default plate sweep still ends in about a second.
func (s *Session) workSweep(wall time.Duration) {
	if s.sweep == nil || s.sweepDone {
		return
	}
	interval := wall
	if fps := s.fps.perSecond(); fps > 0 {
		interval = time.Duration(float64(time.Second) / fps)
	}
	s.sweepDone = s.sweep.Work(max(minSweepSlice, min(interval, MaxCatchUp)/10))
	s.sweepWorked = true
}

// sweepStale reports whether the scenario now differs from the one the sweep was started on in more than the
// sweep's axis, the batch (which a sweep drops), the seed and the names.
func (s *Session) sweepStale(now sim.Scenario) bool {
	if s.sweep == nil {
		return false
	}
	free := []string{s.sweep.Axis().String(), "batch", "seed", "baker-names", "eater-names", "preset"}
	was, is := s.sweepBase.Settings(), now.Settings()
	for i := range was {
		if !slices.Contains(free, was[i].Key) && was[i] != is[i] {
			return true
		}
	}
	return false
}

// sweepState is the sweep as state().sweep shows it, made again only when the sweep has moved on.
func (s *Session) sweepState() *sweep.State {
	if s.sweep == nil {
		return nil
	}
	stale := s.sweepStale(s.sim.Scenario())
	if s.pubSweep == nil || s.pubSweepGen != s.sweepGen || s.sweepWorked || s.pubSweep.Stale != stale {
		st := s.sweep.State()
		st.Stale = stale
		s.pubSweep, s.pubSweepGen, s.sweepWorked = &st, s.sweepGen, false
	}
	return s.pubSweep
}

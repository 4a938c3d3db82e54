package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/gobakery/bakery/sim"
)

// progress says how a run reports how far it has got: on a terminal only, about once per every of wall time,
// so that a long run is not silent and a short one, or one whose output goes to a file, prints nothing more.
type progress struct {
	// isTerminal reports whether w is a terminal; nil means never.
	isTerminal func(w io.Writer) bool
	// now reads the wall clock.
	now   func() time.Time
	every time.Duration
}

// checkEvery is how many steps of the run go between two looks at the wall clock: a few hundred microseconds
// even in a crowded run.
const checkEvery = 1024

// run advances s to until as s.RunUntil does. When w is a terminal it does so step by step, and about once per
// p.every rewrites one line of w with the simulated time and the fraction of the run done, and clears the line
// at the end.
func (p progress) run(s *sim.Sim, until time.Duration, w io.Writer) {
	if p.isTerminal == nil || !p.isTerminal(w) {
		s.RunUntil(until)
		return
	}
	sc := s.Scenario()
	last := p.now()
	shown := false
	var buf []sim.Event
	for n := 1; ; n++ {
		next, ok := s.NextAt()
		if !ok || next > until {
			break
		}
		buf, _ = s.Step(buf[:0])
		if n%checkEvery != 0 {
			continue
		}
		if t := p.now(); t.Sub(last) >= p.every {
			last = t
			fmt.Fprintf(w, "\r\x1b[K%s", progressLine(s.Now(), until, sc, s.Stats().Eaten))
			shown = true
		}
	}
	s.RunUntil(until)
	if shown {
		fmt.Fprint(w, "\r\x1b[K")
	}
}

// progressLine says how far a run to until has got at now: by the clock, and for a batch run by the loaves
// eaten, whichever is further, since the run ends at the first of the two.
func progressLine(now, until time.Duration, sc sim.Scenario, eaten int64) string {
	line := fmt.Sprintf("bakesim: simulated %v of %v", now.Round(time.Millisecond), until)
	done := float64(now) / float64(until)
	if total := int64(sc.Bakers) * int64(sc.Batch); total > 0 {
		line += fmt.Sprintf(", %d of %d loaves eaten", eaten, total)
		done = max(done, float64(eaten)/float64(total))
	}
	if done < 0.001 {
		return fmt.Sprintf("%s (%.2g%%)", line, 100*done) // still moving, so show that it is
	}
	return fmt.Sprintf("%s (%.1f%%)", line, 100*done)
}

// isTerminal reports whether w is a terminal (a character device, which /dev/null also is: writing progress
// there costs nothing).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

package sim

import (
	"math"
	"strings"
)

// Summary is the run's statistics in the shape the command line prints with -json and the browser's
// bakery.state() returns: the same field names everywhere.
type Summary struct {
	Time       float64 `json:"time_s"`
	Events     int64   `json:"events"`
	Finished   bool    `json:"finished"`
	Baked      int64   `json:"baked"`
	Eaten      int64   `json:"eaten"`
	OnPlate    int     `json:"on_plate"`
	Capacity   int     `json:"capacity"`
	MaxOnPlate int     `json:"max_on_plate"`
	// Figures are the measured ones; their JSON fields sit at the top level.
	Figures
	Bakers []ActorSummary `json:"bakers"`
	Eaters []ActorSummary `json:"eaters"`
	// Theory holds the exact figures when asked for and the scenario has them; null otherwise.
	Theory *Figures `json:"theory"`
	// NoTheory says why Theory is null when it was asked for.
	NoTheory string `json:"no_theory,omitempty"`
}

// ActorSummary is one actor's line in a [Summary]. Bakers carry BlockedFrac, eaters StarvedFrac.
type ActorSummary struct {
	Name        string   `json:"name"`
	Loaves      int64    `json:"loaves"`
	BusyFrac    float64  `json:"busy_frac"`
	BlockedFrac *float64 `json:"blocked_frac,omitempty"`
	StarvedFrac *float64 `json:"starved_frac,omitempty"`
}

// Summary returns the run's statistics now; with theory, the exact figures too, when the scenario has them.
func (s *Sim) Summary(theory bool) Summary { return s.SummaryOf(s.Stats(), theory) }

// SummaryOf shapes statistics already taken now (by [Sim.Stats] or [Sim.Snapshot]) as a Summary, so that a
// caller that has just taken a snapshot does not compute them twice.
func (s *Sim) SummaryOf(st Stats, theory bool) Summary {
	sum := Summary{
		Time: st.Time.Seconds(), Events: st.Events, Finished: s.finished, Baked: st.Baked, Eaten: st.Eaten,
		OnPlate: st.OnPlate, Capacity: s.plate.cap, MaxOnPlate: st.MaxOnPlate, Figures: st.Figures,
		Bakers: make([]ActorSummary, 0, len(st.Bakers)), Eaters: make([]ActorSummary, 0, len(st.Eaters)),
	}
	for _, a := range st.Bakers {
		w := a.Wait
		sum.Bakers = append(sum.Bakers, ActorSummary{Name: a.Name, Loaves: a.Loaves, BusyFrac: a.Busy, BlockedFrac: &w})
	}
	for _, a := range st.Eaters {
		w := a.Wait
		sum.Eaters = append(sum.Eaters, ActorSummary{Name: a.Name, Loaves: a.Loaves, BusyFrac: a.Busy, StarvedFrac: &w})
	}
	if theory {
		sum.Theory, sum.NoTheory = TheoryOf(s.sc)
	}
	return sum
}

// TheoryOf returns the exact figures of sc for showing beside measured ones, or nil and a sentence saying why
// there are none (for a reader: it does not start with the package name).
func TheoryOf(sc Scenario) (*Figures, string) {
	t, err := Exact(sc)
	switch {
	case err != nil:
		return nil, strings.TrimPrefix(err.Error(), "sim: ")
	case math.IsInf(t.MeanWait, 0):
		return nil, "no eaters: every loaf waits forever"
	}
	return &t, ""
}

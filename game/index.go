package game

import (
	"strconv"
	"unicode/utf8"

	"github.com/gobakery/bakery/sim"
)

// actorIndex finds actors of the current snapshot by ID, and remembers what loaves need after their baker
// has left: the baker's colour and the loaf's label.
type actorIndex struct {
	at     map[sim.ActorID]int // position in snap.Bakers or snap.Eaters
	colour map[sim.ActorID]int // a baker's colour: the order in which bakers were first seen
	labels map[int64]names     // by loaf ID
	bakers int
}

func (x *actorIndex) build(s *sim.Snapshot) {
	if x.at == nil {
		x.at = map[sim.ActorID]int{}
		x.colour = map[sim.ActorID]int{}
		x.labels = map[int64]names{}
	}
	clear(x.at)
	for i, a := range s.Bakers {
		x.at[a.ID] = i
		if _, ok := x.colour[a.ID]; !ok {
			x.colour[a.ID] = x.bakers
			x.bakers++
		}
	}
	for i, a := range s.Eaters {
		x.at[a.ID] = i
	}
	if len(x.labels) > 4*(len(s.Plate)+len(s.Bakers)+len(s.Eaters))+64 {
		x.prune(s)
	}
}

// prune forgets the labels of loaves that are gone.
func (x *actorIndex) prune(s *sim.Snapshot) {
	keep := make(map[int64]names, len(s.Plate)+len(s.Bakers)+len(s.Eaters))
	add := func(l sim.Loaf) {
		if v, ok := x.labels[l.ID]; ok {
			keep[l.ID] = v
		}
	}
	for _, l := range s.Plate {
		add(l)
	}
	for _, a := range s.Bakers {
		add(a.Loaf)
	}
	for _, a := range s.Eaters {
		add(a.Loaf)
	}
	x.labels = keep
}

// reset forgets everything: the run started again and IDs will be reused.
func (x *actorIndex) reset() {
	*x = actorIndex{}
}

// colourOf returns the colour index of the baker of l.
func (x *actorIndex) colourOf(l sim.Loaf) int {
	return x.colour[l.Baker]
}

// names are a loaf's labels: short, its baker's initial and its number ("J3"), and full, as the core names it
// ("John#3").
type names struct {
	short, full string
}

// label returns the labels of l, working them out with s the first time.
func (x *actorIndex) label(l sim.Loaf, s *sim.Sim) names {
	if v, ok := x.labels[l.ID]; ok {
		return v
	}
	full := s.LoafLabel(l)
	r, _ := utf8.DecodeRuneInString(s.Name(l.Baker))
	short := strconv.Itoa(int(l.N))
	if r != utf8.RuneError {
		short = string(r) + short
	}
	v := names{short, full}
	x.labels[l.ID] = v
	return v
}

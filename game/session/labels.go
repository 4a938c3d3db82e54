package session

import (
	"strconv"
	"unicode/utf8"

	"github.com/gobakery/bakery/sim"
)

// labels finds actors of the current snapshot by ID, and remembers what loaves need after their baker has left:
// the baker's colour and the loaf's label.
type labels struct {
	at     map[sim.ActorID]int // position in Snap.Bakers or Snap.Eaters
	colour map[sim.ActorID]int // a baker's colour: the order in which bakers were first seen
	loaves map[int64]LoafLabel // by loaf ID
	bakers int
}

// LoafLabel is how a loaf is named: Short on the loaf itself ("J3"), Full in the log and the API ("John#3").
type LoafLabel struct {
	Short, Full string
}

func (x *labels) build(s *sim.Snapshot) {
	if x.at == nil {
		x.at = map[sim.ActorID]int{}
		x.colour = map[sim.ActorID]int{}
		x.loaves = map[int64]LoafLabel{}
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
	if len(x.loaves) > 4*(len(s.Plate)+len(s.Bakers)+len(s.Eaters))+64 {
		x.prune(s)
	}
}

// prune forgets the labels of loaves that are gone.
func (x *labels) prune(s *sim.Snapshot) {
	keep := make(map[int64]LoafLabel, len(s.Plate)+len(s.Bakers)+len(s.Eaters))
	add := func(l sim.Loaf) {
		if v, ok := x.loaves[l.ID]; ok {
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
	x.loaves = keep
}

// reset forgets everything: the run started again and IDs will be reused.
func (x *labels) reset() { *x = labels{} }

// label returns the labels of l, working them out with s the first time.
func (x *labels) label(l sim.Loaf, s *sim.Sim) LoafLabel {
	if l.ID == 0 {
		return LoafLabel{}
	}
	if x.loaves == nil {
		x.loaves = map[int64]LoafLabel{}
	}
	if v, ok := x.loaves[l.ID]; ok {
		return v
	}
	name := s.Name(l.Baker)
	r, _ := utf8.DecodeRuneInString(name)
	short := strconv.Itoa(int(l.N))
	if r != utf8.RuneError {
		short = string(r) + short
	}
	v := LoafLabel{short, s.LoafLabel(l)}
	x.loaves[l.ID] = v
	return v
}

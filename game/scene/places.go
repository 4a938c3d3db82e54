package scene

import (
	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/sim"
)

// Places gives each baker and each eater a place in its side's grid and keeps it there: a new actor takes the
// first free place, one that leaves frees its own, and nobody moves unless the grid itself changes size.
type Places struct {
	run            int
	bakers, eaters side
}

type side struct {
	cells int                 // the grid's size the places were given for
	at    map[sim.ActorID]int // place by actor
	taken []bool
}

// Cells returns the grid sizes to lay the sides out for, given the frame: room for every actor, kept while it
// still fits (layout.Cells).
func (p *Places) Cells(f *session.Frame) (bakers, eaters int) {
	if f.Run != p.run {
		return layout.Cells(len(f.Snap.Bakers), 0), layout.Cells(len(f.Snap.Eaters), 0)
	}
	return layout.Cells(len(f.Snap.Bakers), p.bakers.cells), layout.Cells(len(f.Snap.Eaters), p.eaters.cells)
}

// Update gives the frame's actors their places on lay: those that had one keep it.
func (p *Places) Update(f *session.Frame, lay *layout.Layout) {
	if f.Run != p.run {
		p.bakers, p.eaters = side{}, side{}
		p.run = f.Run
	}
	p.bakers.update(f.Snap.Bakers, len(lay.Bakers.Actors))
	p.eaters.update(f.Snap.Eaters, len(lay.Eaters.Actors))
}

// Baker returns the place (an index of lay.Bakers.Actors) of the baker with the given ID.
func (p *Places) Baker(id sim.ActorID) (int, bool) { i, ok := p.bakers.at[id]; return i, ok }

// Eater returns the place (an index of lay.Eaters.Actors) of the eater with the given ID.
func (p *Places) Eater(id sim.ActorID) (int, bool) { i, ok := p.eaters.at[id]; return i, ok }

// Of returns the place of a, on its side.
func (p *Places) Of(a sim.ActorView) (int, bool) {
	if a.Role == sim.BakerRole {
		return p.Baker(a.ID)
	}
	return p.Eater(a.ID)
}

// At returns which of views stands at place i, if any.
func (p *Places) At(views []sim.ActorView, i int) (sim.ActorView, bool) {
	for _, v := range views {
		if j, ok := p.Of(v); ok && j == i {
			return v, true
		}
	}
	return sim.ActorView{}, false
}

func (s *side) update(views []sim.ActorView, cells int) {
	if s.cells != cells || s.at == nil {
		// A new grid: everyone takes a place afresh, in order.
		s.cells, s.at, s.taken = cells, make(map[sim.ActorID]int, cells), make([]bool, cells)
	}
	present := make(map[sim.ActorID]bool, len(views))
	for _, v := range views {
		present[v.ID] = true
	}
	for id, i := range s.at {
		if !present[id] {
			delete(s.at, id)
			s.taken[i] = false
		}
	}
	next := 0
	for _, v := range views {
		if _, ok := s.at[v.ID]; ok {
			continue
		}
		for next < cells && s.taken[next] {
			next++
		}
		if next == cells {
			return // more actors than places: the layout is behind by a frame
		}
		s.at[v.ID], s.taken[next] = next, true
	}
}

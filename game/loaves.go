package game

import (
	"github.com/gobakery/bakery/game/anim"
	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/sim"
)

// sprite is where one loaf is drawn: it flies from where it was to where the simulation says it is.
type sprite struct {
	from, to   layout.Point
	fromR, toR float64
	tw         anim.Tween
	seen       int64
}

func (s *sprite) at(tick int64) (layout.Point, float64) {
	t := s.tw.At(tick)
	return s.from.Lerp(s.to, t), s.fromR + (s.toR-s.fromR)*t
}

// loaves keeps a sprite for every loaf the snapshot shows: on the plate, in a waiting baker's hands, or in an
// eating eater's. The simulation decides where each loaf is; the sprites only ease the way there, so the picture
// never lies for longer than a flight.
type loaves struct {
	m       map[int64]*sprite
	src     map[int64]layout.Point
	free    []*sprite
	snapAll bool // the next update puts every loaf where it belongs at once
}

func (ls *loaves) init() {
	ls.m = map[int64]*sprite{}
	ls.src = map[int64]layout.Point{}
}

func (ls *loaves) clear() {
	for id, s := range ls.m {
		ls.free = append(ls.free, s)
		delete(ls.m, id)
	}
}

// update moves the sprites to match g.snap, starting flights for loaves that moved, using g.events to know
// where new arrivals come from.
func (ls *loaves) update(g *Game) {
	lay, snap, tick := g.lay, &g.snap, g.tick
	dur := int64(0)
	if !ls.snapAll {
		sc := g.sim.Scenario()
		shortest := min(sc.Bake.Mean(), sc.Eat.Mean()).Seconds()
		dur = anim.FlightTicks(g.speed, shortest, tpsOf(), g.cfg.ReducedMotion)
	}
	clear(ls.src)
	for _, e := range g.events {
		switch e.Kind {
		case sim.Put, sim.Handed:
			if i, ok := g.index.at[e.Actor]; ok && i < len(lay.Bakers.Actors) {
				ls.src[e.Loaf.ID] = lay.Bakers.Actors[i].Hand
			}
		case sim.Taken:
			if len(lay.Plate.Slots) > 0 {
				ls.src[e.Loaf.ID] = lay.Plate.Slots[0].Center
			}
		}
	}
	place := func(l sim.Loaf, to layout.Point, r float64) {
		g.index.label(l, g.sim) // name it while its baker is still known
		s := ls.m[l.ID]
		switch {
		case s == nil:
			if n := len(ls.free); n > 0 {
				s, ls.free = ls.free[n-1], ls.free[:n-1]
			} else {
				s = &sprite{}
			}
			*s = sprite{from: to, to: to, fromR: r, toR: r}
			if from, ok := ls.src[l.ID]; ok && dur > 0 {
				s.from, s.tw = from, anim.Tween{Start: tick, Dur: dur}
			}
			ls.m[l.ID] = s
		case s.to != to || s.toR != r:
			s.from, s.fromR = s.at(tick)
			s.to, s.toR = to, r
			s.tw = anim.Tween{Start: tick, Dur: dur}
		}
		s.seen = tick
	}
	for i, l := range snap.Plate {
		if i < len(lay.Plate.Slots) {
			sl := lay.Plate.Slots[i]
			place(l, sl.Center, slotLoafR(lay, sl))
		}
	}
	for i, a := range snap.Bakers {
		if a.HasLoaf && i < len(lay.Bakers.Actors) {
			place(a.Loaf, lay.Bakers.Actors[i].Hand, lay.Bakers.Actors[i].LoafR)
		}
	}
	for i, a := range snap.Eaters {
		if a.HasLoaf && i < len(lay.Eaters.Actors) {
			place(a.Loaf, lay.Eaters.Actors[i].Hand, lay.Eaters.Actors[i].LoafR)
		}
	}
	for id, s := range ls.m {
		if s.seen != tick {
			ls.free = append(ls.free, s)
			delete(ls.m, id)
		} else if ls.snapAll {
			s.from, s.fromR, s.tw = s.to, s.toR, anim.Tween{}
		}
	}
	ls.snapAll = false
}

// slotLoafR is the radius of a loaf sitting in slot sl.
func slotLoafR(lay *layout.Layout, sl layout.Slot) float64 {
	if lay.Plate.Mode == layout.Stack {
		return sl.R
	}
	return sl.R * 0.86
}

// Package scene works out where every loaf is drawn, frame by frame — on the plate, in a hand, in flight — from
// a session's frame and a layout, without a display.
package scene

import (
	"time"

	"github.com/gobakery/bakery/game/anim"
	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/sim"
)

// Sprite is where one loaf is drawn: it flies from where it was to where the simulation says it is.
type Sprite struct {
	From, To   layout.Point
	FromR, ToR float64
	Tween      anim.Tween
	seen       int
}

// At returns where the loaf is drawn at now, and its radius.
func (s *Sprite) At(now time.Duration) (layout.Point, float64) {
	t := s.Tween.At(now)
	return s.From.Lerp(s.To, t), s.FromR + (s.ToR-s.FromR)*t
}

// Flying reports whether the loaf is still on its way at now.
func (s *Sprite) Flying(now time.Duration) bool { return !s.Tween.Done(now) }

// Loaves keeps a sprite for every loaf the frame shows: on the plate, in a waiting baker's hands, or in an
// eating eater's. The simulation decides where each loaf is; the sprites only ease the way there, so the
// picture never lies for longer than a flight.
type Loaves struct {
	m       map[int64]*Sprite
	src     map[int64]layout.Point
	free    []*Sprite
	run     int
	frame   int
	lay     *layout.Layout
	snapAll bool
}

// Get returns the sprite of the loaf with the given ID, or nil.
func (ls *Loaves) Get(id int64) *Sprite { return ls.m[id] }

// Len is the number of sprites.
func (ls *Loaves) Len() int { return len(ls.m) }

// SnapAll makes the next Update put every loaf where it belongs at once, without flights: for a screenshot.
func (ls *Loaves) SnapAll() { ls.snapAll = true }

// Update moves the sprites to match f on lay, starting flights for loaves that moved, using f's events to know
// where new arrivals come from. A new run, or a layout that moved everything (a resized window), puts every loaf
// in place at once.
func (ls *Loaves) Update(f *session.Frame, lay *layout.Layout) {
	if ls.m == nil {
		ls.m, ls.src = map[int64]*Sprite{}, map[int64]layout.Point{}
	}
	if f.Run != ls.run {
		for id, s := range ls.m {
			ls.free = append(ls.free, s)
			delete(ls.m, id)
		}
		ls.run = f.Run
	}
	if ls.lay != nil && (ls.lay.Size != lay.Size || ls.lay.Scale != lay.Scale) {
		ls.snapAll = true
	}
	ls.lay = lay
	ls.frame++
	now := f.Now
	var dur time.Duration
	if !ls.snapAll {
		sc := f.Scenario
		shortest := min(sc.Bake.Mean(), sc.Eat.Mean()).Seconds()
		dur = anim.Flight(f.View.Speed, shortest, f.Look.ReducedMotion)
	}
	clear(ls.src)
	for _, e := range f.Events {
		switch e.Kind {
		case sim.Put, sim.Handed:
			if i, ok := f.Index(e.Actor); ok && i < len(lay.Bakers.Actors) {
				ls.src[e.Loaf.ID] = lay.Bakers.Actors[i].Hand
			}
		case sim.Taken:
			if len(lay.Plate.Slots) > 0 {
				ls.src[e.Loaf.ID] = lay.Plate.Slots[0].Center
			}
		}
	}
	place := func(l sim.Loaf, to layout.Point, r float64) {
		s := ls.m[l.ID]
		switch {
		case s == nil:
			if n := len(ls.free); n > 0 {
				s, ls.free = ls.free[n-1], ls.free[:n-1]
			} else {
				s = &Sprite{}
			}
			*s = Sprite{From: to, To: to, FromR: r, ToR: r}
			if from, ok := ls.src[l.ID]; ok && dur > 0 {
				s.From, s.Tween = from, anim.Tween{Start: now, Dur: dur}
			}
			ls.m[l.ID] = s
		case s.To != to || s.ToR != r:
			s.From, s.FromR = s.At(now)
			s.To, s.ToR = to, r
			s.Tween = anim.Tween{Start: now, Dur: dur}
		}
		s.seen = ls.frame
	}
	snap := &f.Snap
	for i, l := range snap.Plate {
		if i < len(lay.Plate.Slots) {
			sl := lay.Plate.Slots[i]
			place(l, sl.Center, SlotLoafR(lay, sl))
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
		if s.seen != ls.frame {
			ls.free = append(ls.free, s)
			delete(ls.m, id)
		} else if ls.snapAll {
			s.From, s.FromR, s.Tween = s.To, s.ToR, anim.Tween{}
		}
	}
	ls.snapAll = false
}

// SlotLoafR is the radius of a loaf sitting in slot sl.
func SlotLoafR(lay *layout.Layout, sl layout.Slot) float64 {
	if lay.Plate.Mode == layout.Stack {
		return sl.R
	}
	return sl.R * 0.86
}

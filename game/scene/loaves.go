// Package scene works out where every actor and every loaf is drawn, frame by frame — on the plate, in a hand,
// in flight — from a session's frame and a layout, without a display.
package scene

import (
	"slices"
	"time"

	"github.com/gobakery/bakery/game/anim"
	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/sim"
)

// Where says where a loaf is.
type Where uint8

// Where a loaf can be.
const (
	// OnPlate is a loaf in one of the plate's slots.
	OnPlate Where = iota
	// OverPlate is a loaf on the plate beyond its capacity: it was made smaller, and eaters have not yet taken
	// the extra loaves.
	OverPlate
	// InHand is a loaf a baker holds, waiting for room.
	InHand
	// Eating is a loaf an eater eats.
	Eating
)

// Item is one loaf as it is drawn this frame.
type Item struct {
	Loaf  sim.Loaf
	Where Where
	// Pos and R are where the loaf is drawn now and its radius; Flying is set while it is on its way there.
	Pos    layout.Point
	R      float64
	Flying bool
	// Progress is how far an eater is through eating it, 0..1.
	Progress float64
}

// Sprite is where one loaf is drawn: it flies from where it was to where the simulation says it is.
type Sprite struct {
	From, To   layout.Point
	FromR, ToR float64
	Tween      anim.Tween
	seen       int
	// onPlate is set once the loaf has landed on the plate: when the loaves ahead of it are taken it slides to
	// another slot, and while it slides it is still on the plate, drawn and counted there.
	onPlate bool
}

// At returns where the loaf is drawn at now, and its radius. On its way the loaf is drawn small, so that it
// covers little on the way.
func (s *Sprite) At(now time.Duration) (layout.Point, float64) {
	t := s.Tween.At(now)
	r := s.FromR + (s.ToR-s.FromR)*t
	if !s.Tween.Done(now) {
		r = min(r, min(s.FromR, s.ToR)*0.8)
	}
	return s.From.Lerp(s.To, t), r
}

// Flying reports whether the loaf is still on its way at now.
func (s *Sprite) Flying(now time.Duration) bool { return !s.Tween.Done(now) }

// Loaves keeps a sprite for every loaf the frame shows — on the plate, over it, in a waiting baker's hands, or
// in an eating eater's — and lists them in the order they are drawn. The simulation decides where each loaf
// is; the sprites only ease the way there, so the picture never lies for longer than a flight.
type Loaves struct {
	m       map[int64]*Sprite
	src     map[int64]layout.Point
	free    []*Sprite
	items   []Item
	run     int
	frame   int
	lay     *layout.Layout
	snapAll bool
	landed  int
}

// Get returns the sprite of the loaf with the given ID, or nil.
func (ls *Loaves) Get(id int64) *Sprite { return ls.m[id] }

// Len is the number of sprites.
func (ls *Loaves) Len() int { return len(ls.m) }

// Items lists this frame's loaves in the order to draw them: those on the plate, then those in flight (under
// the figures, so that no loaf covers a face or a name), then those in hands.
func (ls *Loaves) Items() []Item { return ls.items }

// OnPlate counts the loaves drawn on the plate, in its slots and over them: those that have landed. The plate's
// counter and its FULL and EMPTY say this number, so they agree with the picture at every frame.
func (ls *Loaves) OnPlate() int { return ls.landed }

// SnapAll makes the next Update put every loaf where it belongs at once, without flights: for a screenshot.
func (ls *Loaves) SnapAll() { ls.snapAll = true }

// Update moves the sprites to match f on lay, with each actor at its place, starting flights for loaves that
// moved, using f's events to know where new arrivals come from. A new run, or a layout that moved everything
// (a resized window), puts every loaf in place at once.
func (ls *Loaves) Update(f *session.Frame, lay *layout.Layout, places *Places) {
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
	hand := func(id sim.ActorID, baker bool) (layout.Actor, bool) {
		i, ok := places.Eater(id)
		actors := lay.Eaters.Actors
		if baker {
			i, ok = places.Baker(id)
			actors = lay.Bakers.Actors
		}
		if !ok || i >= len(actors) {
			return layout.Actor{}, false
		}
		return actors[i], true
	}
	clear(ls.src)
	for _, e := range f.Events {
		switch e.Kind {
		case sim.Put, sim.Handed:
			if a, ok := hand(e.Actor, true); ok {
				ls.src[e.Loaf.ID] = a.Hand
			}
		case sim.Taken:
			if len(lay.Plate.Slots) > 0 {
				ls.src[e.Loaf.ID] = lay.Plate.Slots[0].Center
			}
		}
	}
	ls.items = ls.items[:0]
	place := func(l sim.Loaf, where Where, to layout.Point, r, progress float64) {
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
		if ls.snapAll {
			s.From, s.FromR, s.Tween = s.To, s.ToR, anim.Tween{}
		}
		s.seen = ls.frame
		plate := where == OnPlate || where == OverPlate
		if !plate {
			s.onPlate = false
		}
		flying := s.Flying(now) && !(plate && s.onPlate) // sliding from slot to slot is not flying
		if plate && !flying {
			s.onPlate = true
		}
		pos, rr := s.At(now)
		if !flying {
			rr = s.FromR + (s.ToR-s.FromR)*s.Tween.At(now) // full size, as on the plate
		}
		ls.items = append(ls.items, Item{Loaf: l, Where: where, Pos: pos, R: rr, Flying: flying, Progress: progress})
	}
	snap := &f.Snap
	slots := lay.Plate.Slots
	over := lay.Plate.Over(len(snap.Plate) - len(slots))
	for i, l := range snap.Plate {
		if i < len(slots) {
			place(l, OnPlate, slots[i].Center, SlotLoafR(lay, slots[i]), 0)
		} else {
			o := over[i-len(slots)]
			place(l, OverPlate, o.Center, o.R, 0)
		}
	}
	for _, a := range snap.Bakers {
		if at, ok := hand(a.ID, true); ok && a.HasLoaf {
			place(a.Loaf, InHand, at.Hand, at.LoafR, 0)
		}
	}
	for _, a := range snap.Eaters {
		if at, ok := hand(a.ID, false); ok && a.HasLoaf {
			place(a.Loaf, Eating, at.Hand, at.LoafR, a.Progress)
		}
	}
	for id, s := range ls.m {
		if s.seen != ls.frame {
			ls.free = append(ls.free, s)
			delete(ls.m, id)
		}
	}
	ls.snapAll = false
	ls.order()
}

// order sorts the items for drawing and counts the loaves that have landed on the plate.
func (ls *Loaves) order() {
	ls.landed = 0
	rank := func(it Item) int {
		switch {
		case it.Flying:
			return 1
		case it.Where == OnPlate || it.Where == OverPlate:
			return 0
		}
		return 2
	}
	slices.SortStableFunc(ls.items, func(a, b Item) int { return rank(a) - rank(b) })
	for _, it := range ls.items {
		if !it.Flying && (it.Where == OnPlate || it.Where == OverPlate) {
			ls.landed++
		}
	}
}

// SlotLoafR is the radius of a loaf sitting in slot sl.
func SlotLoafR(lay *layout.Layout, sl layout.Slot) float64 {
	if lay.Plate.Mode == layout.Stack {
		return sl.R
	}
	return sl.R * 0.86
}

package layout

import "math"

// PlateMode says how the plate shows its capacity.
type PlateMode uint8

const (
	// HandToHand is a plate of capacity 0: no slots, loaves pass from baker to eater.
	HandToHand PlateMode = iota
	// Ring shows up to RingMax slots in a ring, the head at the side facing the eaters.
	Ring
	// Stack shows larger capacities as a compact grid, head first in reading order, with a count.
	Stack
)

// RingMax is the largest capacity shown as a ring of slots.
const RingMax = 24

// Plate is where the plate and its slots are.
type Plate struct {
	Center Point
	R      float64
	Mode   PlateMode
	// Slots are in queue order: Slots[0] is where the head loaf, the next to leave, sits.
	Slots []Slot
	// Count is where the "4 / 6" label is centred, below the plate.
	Count Point
}

// Slot is one place on the plate for a loaf.
type Slot struct {
	Center Point
	R      float64
}

// Probe returns a point inside a loaf drawn at c with radius r that the loaf's colour always covers: left of its
// label, clear of its outline. Tests read the screen there to tell a loaf from an empty slot.
func Probe(c Point, r float64) Point {
	return Point{c.X - 0.62*r, c.Y + 0.05*r}
}

// Side is where the bakers, or the eaters, stand.
type Side struct {
	Area Rect
	// Cell is the size of each actor's square.
	Cell   float64
	Actors []Actor
	// Names says whether there is room for names under the figures; without it they show on hover.
	Names bool
	// Caption is where the side's one-line summary is centred, above the figures.
	Caption Point
}

// Actor is where one baker or eater is drawn.
type Actor struct {
	Cell   Rect
	Center Point
	// R is the radius of the figure's head, seen from above.
	R float64
	// Hand is where a held loaf is drawn, on the plate's side.
	Hand Point
	// LoafR is the radius of a loaf in the actor's hands.
	LoafR float64
	// Oven is the centre of a baker's oven, away from the plate.
	Oven Point
	// Name is where the name's top is centred.
	Name Point
	// Bubble is where a speech or thought bubble's tail points from, above the figure.
	Bubble Point
}

func (l *Layout) layoutScene() {
	t := l.Table.Inset(6 * l.Unit)
	u := l.Unit
	countH := l.TextSize * 1.6
	r := min((t.Dy()-countH)/2*0.92, t.Dx()*0.2)
	r = max(r, 20*u)
	c := Point{t.Center().X, t.Min.Y + (t.Dy()-countH)/2}
	l.Plate = Plate{Center: c, R: r, Count: Point{c.X, c.Y + r + countH*0.55}}
	l.layoutSlots()

	gap := 14 * u
	capH := l.SmallSize * 1.8
	left := Rect{Point{t.Min.X, t.Min.Y + capH}, Point{c.X - r - gap, t.Max.Y}}
	right := Rect{Point{c.X + r + gap, t.Min.Y + capH}, Point{t.Max.X, t.Max.Y}}
	l.Bakers = l.layoutSide(left, l.Bakers.Actors, l.Params.Bakers, true)
	l.Eaters = l.layoutSide(right, l.Eaters.Actors, l.Params.Eaters, false)
	bw, bh := 200*u, 44*u
	l.Replay = Button{Rect: R(c.X-bw/2, c.Y+r*0.35, bw, bh), Action: replayAction}
}

func (l *Layout) layoutSlots() {
	p := &l.Plate
	k := l.Capacity
	p.Slots = make([]Slot, k)
	switch {
	case k == 0:
		p.Mode = HandToHand
	case k <= RingMax:
		p.Mode = Ring
		if k == 1 {
			p.Slots[0] = Slot{p.Center, p.R * 0.4}
			return
		}
		ring := p.R * 0.66
		sr := min(p.R*0.27, math.Pi*ring/float64(k)*0.86)
		if k <= 3 {
			ring = p.R * 0.5
			sr = p.R * 0.3
		}
		for i := range k {
			// The head faces the eaters (east); the queue runs on counter-clockwise, over the top.
			a := -2 * math.Pi * float64(i) / float64(k)
			p.Slots[i] = Slot{Point{p.Center.X + ring*math.Cos(a), p.Center.Y + ring*math.Sin(a)}, sr}
		}
	default:
		p.Mode = Stack
		side := p.R * math.Sqrt2 * 0.94
		cols := int(math.Ceil(math.Sqrt(float64(k))))
		rows := (k + cols - 1) / cols
		cell := side / float64(cols)
		x0 := p.Center.X - side/2
		y0 := p.Center.Y - cell*float64(rows)/2
		for i := range k {
			row, col := i/cols, i%cols
			p.Slots[i] = Slot{Point{x0 + cell*(float64(col)+0.5), y0 + cell*(float64(row)+0.5)}, cell * 0.46}
		}
	}
}

// layoutSide places n figures in area as a grid of equal square cells, as large as fits, capped so that a few
// figures do not become giants; the grid hugs the plate.
func (l *Layout) layoutSide(area Rect, reuse []Actor, n int, bakers bool) Side {
	u := l.Unit
	s := Side{Area: area, Caption: Point{area.Center().X, area.Min.Y - l.SmallSize*0.9}, Actors: reuse[:0]}
	if n == 0 || area.Empty() {
		return s
	}
	w, h := area.Dx(), area.Dy()
	best, bestCols := 0.0, 1
	for cols := 1; cols <= n; cols++ {
		rows := (n + cols - 1) / cols
		c := min(w/float64(cols), h/float64(rows))
		if c > best {
			best, bestCols = c, cols
		}
	}
	cell := min(best, 150*u)
	cols := bestCols
	rows := (n + cols - 1) / cols
	gw, gh := cell*float64(cols), cell*float64(rows)
	x0 := area.Max.X - gw // bakers hug the plate on its left
	if !bakers {
		x0 = area.Min.X
	}
	y0 := area.Min.Y + (h-gh)/2
	s.Cell = cell
	s.Names = cell >= 58*u
	toPlate := 1.0
	if !bakers {
		toPlate = -1
	}
	for i := range n {
		row, col := i/cols, i%cols
		if bakers {
			// Bakers fill from the plate's side, as eaters do, so the scene is symmetric.
			col = cols - 1 - col
		}
		cr := R(x0+cell*float64(col), y0+cell*float64(row), cell, cell)
		ctr := cr.Center()
		body := Point{ctr.X, ctr.Y - cell*0.06}
		if !s.Names {
			body = ctr
		}
		a := Actor{
			Cell:   cr,
			Center: body,
			R:      cell * 0.17,
			Hand:   Point{body.X + toPlate*cell*0.25, body.Y + cell*0.06},
			LoafR:  cell * 0.15,
			Oven:   Point{body.X - toPlate*cell*0.3, body.Y},
			Name:   Point{ctr.X, body.Y + cell*0.33},
			Bubble: Point{body.X, body.Y - cell*0.22},
		}
		s.Actors = append(s.Actors, a)
	}
	return s
}

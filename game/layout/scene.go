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
	// over is the area where loaves beyond the capacity (after the plate was made smaller) are drawn.
	over Rect
}

// Slot is one place on the plate for a loaf.
type Slot struct {
	Center Point
	R      float64
}

// Over returns the places of n loaves beyond the plate's capacity, which stay on it after it was made smaller
// until eaters take them: a compact grid in the middle of the plate (a ring's free centre) or, for a stack,
// along its foot.
func (p Plate) Over(n int) []Slot {
	if n <= 0 {
		return nil
	}
	a := p.over
	cols := 1
	for float64(cols*cols)*a.Dy() < float64(n)*a.Dx() && cols < n {
		cols++
	}
	rows := (n + cols - 1) / cols
	cell := min(a.Dx()/float64(cols), a.Dy()/float64(rows))
	x0 := a.Center().X - cell*float64(cols)/2
	y0 := a.Center().Y - cell*float64(rows)/2
	slots := make([]Slot, n)
	for i := range n {
		slots[i] = Slot{Point{x0 + cell*(float64(i%cols)+0.5), y0 + cell*(float64(i/cols)+0.5)}, cell * 0.45}
	}
	return slots
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
	Cell float64
	// Actors are the grid's places, in the order they are filled (the plate's side first); there may be more
	// places than actors (Params.BakerCells).
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
	// Head is the face's circle, which nothing is drawn over.
	Head Slot
	// Hand is where a held loaf is drawn, on the plate's side, clear of the face and the name.
	Hand Point
	// LoafR is the radius of a loaf in the actor's hands.
	LoafR float64
	// Oven is the centre of a baker's oven, away from the plate.
	Oven Point
	// Name is where the name's top is centred; NameBox is the room it has.
	Name    Point
	NameBox Rect
	// Bubble is where a speech or thought bubble's tail points from, above the figure.
	Bubble Point
}

func (l *Layout) layoutScene() {
	t := l.Table.Inset(6 * l.Unit)
	u := l.Unit
	countH := l.TextSize * 1.6
	capH := l.SmallSize * 1.8
	gap := 14 * u
	var left, right Rect
	var c Point
	var r float64
	if l.Portrait {
		// The plate on top, the bakers below on the left and the eaters on the right.
		r = max(min(t.Dx()*0.3, (t.Dy()-countH)*0.22), 20*u)
		c = Point{t.Center().X, t.Min.Y + r + 4*u}
		y := c.Y + r + countH + capH
		mid := t.Center().X
		left = Rect{Point{t.Min.X, y}, Point{mid - gap/2, t.Max.Y}}
		right = Rect{Point{mid + gap/2, y}, Point{t.Max.X, t.Max.Y}}
	} else {
		r = max(min((t.Dy()-countH)/2*0.92, t.Dx()*0.2), 20*u)
		c = Point{t.Center().X, t.Min.Y + (t.Dy()-countH)/2}
		left = Rect{Point{t.Min.X, t.Min.Y + capH}, Point{c.X - r - gap, t.Max.Y}}
		right = Rect{Point{c.X + r + gap, t.Min.Y + capH}, Point{t.Max.X, t.Max.Y}}
	}
	l.Plate = PlateAt(c, r, l.Capacity)
	l.Plate.Count = Point{c.X, c.Y + r + countH*0.55}
	if l.Capacity == 0 {
		l.Plate.Count.Y = c.Y + r*0.55 + countH*0.7 // under the small dish of a plate of 0
	}
	l.Bakers = l.layoutSide(left, l.BakerCells, true)
	l.Eaters = l.layoutSide(right, l.EaterCells, false)

	bw, bh := max(200*u, 160*l.Scale), max(44*u, MinTouch*l.Scale)
	cw := min(max(460*u, 300*l.Scale), l.Size.X-4*u)
	// Four lines of figures and advice, or as many as the table has room for (a phone held sideways with
	// every control shown has little): the card stays on the table, over neither the top bar nor the controls.
	l.CardLines = 4
	ch := l.TextSize*1.6 + l.SmallSize*1.5*4 + bh + 24*u
	for l.CardLines > 0 && ch > l.Table.Dy() {
		l.CardLines--
		ch -= l.SmallSize * 1.5
	}
	l.Card = R(c.X-cw/2, min(max(c.Y-ch/2, l.Table.Min.Y), l.Table.Max.Y-ch), cw, ch)
	l.Replay = Button{Rect: R(c.X-bw/2, l.Card.Max.Y-bh-10*u, bw, bh), Action: replayAction}
}

// PlateAt lays out a plate of radius r centred at c with room for capacity loaves: its mode, its slots and the
// place for loaves over the capacity. Every length is in proportion to r, so a plate drawn at one radius can be
// scaled to another.
func PlateAt(c Point, r float64, capacity int) Plate {
	p := Plate{Center: c, R: r}
	k := max(capacity, 0)
	p.Slots = make([]Slot, k)
	p.over = R(p.Center.X-p.R*0.42, p.Center.Y-p.R*0.42, p.R*0.84, p.R*0.84)
	switch {
	case k == 0:
		p.Mode = HandToHand
		p.over = R(p.Center.X-p.R*0.5, p.Center.Y-p.R*0.5, p.R, p.R)
	case k <= RingMax:
		p.Mode = Ring
		if k == 1 {
			p.Slots[0] = Slot{p.Center, p.R * 0.4}
			p.over = R(p.Center.X+p.R*0.45, p.Center.Y-p.R*0.25, p.R*0.4, p.R*0.5)
			return p
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
		p.over = R(p.Center.X-(ring-sr)*0.7, p.Center.Y-(ring-sr)*0.7, (ring-sr)*1.4, (ring-sr)*1.4)
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
		// Beyond a stack's capacity, loaves wait in a strip at the plate's foot, as wide as the plate is there.
		top, bottom := y0+cell*float64(rows), p.Center.Y+p.R*0.93
		half := math.Sqrt(max(p.R*p.R-(bottom-p.Center.Y)*(bottom-p.Center.Y), 0)) * 0.95
		p.over = R(p.Center.X-half, top, 2*half, max(bottom-top, 1))
	}
	return p
}

// layoutSide places a grid of cells in area, as large as fits, capped so that a few figures do not become
// giants; the grid hugs the plate. Places depend only on the area and the number of cells, so filling a free
// place moves nobody.
func (l *Layout) layoutSide(area Rect, cells int, bakers bool) Side {
	u := l.Unit
	s := Side{Area: area, Caption: Point{area.Center().X, area.Min.Y - l.SmallSize*0.9}}
	if cells == 0 || area.Empty() {
		return s
	}
	w, h := area.Dx(), area.Dy()
	best, bestCols := 0.0, 1
	for cols := 1; cols <= cells; cols++ {
		rows := (cells + cols - 1) / cols
		c := min(w/float64(cols), h/float64(rows))
		if c > best+1e-9 {
			best, bestCols = c, cols
		}
	}
	cell := min(best, 150*u)
	cols := bestCols
	rows := (cells + cols - 1) / cols
	gw, gh := cell*float64(cols), cell*float64(rows)
	x0 := area.Max.X - gw // bakers hug the plate on its left
	if !bakers {
		x0 = area.Min.X
	}
	if l.Portrait {
		x0 = area.Center().X - gw/2
	}
	y0 := area.Min.Y + (h-gh)/2
	if l.Portrait {
		y0 = area.Min.Y
	}
	s.Cell = cell
	// A name needs MinText and a line and a half under the figure.
	s.Names = cell*0.3 >= l.SmallSize*1.5 && cell >= 58*u
	toPlate := 1.0
	if !bakers {
		toPlate = -1
	}
	for i := range cells {
		row, col := i/cols, i%cols
		if bakers && !l.Portrait {
			// Bakers fill from the plate's side, as eaters do, so the scene is symmetric.
			col = cols - 1 - col
		}
		cr := R(x0+cell*float64(col), y0+cell*float64(row), cell, cell)
		ctr := cr.Center()
		body := Point{ctr.X, ctr.Y - cell*0.08}
		if !s.Names {
			body = ctr
		}
		hr := cell * 0.17
		head := Slot{Point{body.X, body.Y - hr*0.12}, hr * 0.62}
		a := Actor{
			Cell:   cr,
			Center: body,
			R:      hr,
			Head:   head,
			Hand:   Point{body.X + toPlate*cell*0.3, body.Y + cell*0.04},
			LoafR:  cell * 0.11,
			Oven:   Point{body.X - toPlate*cell*0.3, body.Y},
			Name:   Point{ctr.X, body.Y + cell*0.3},
			Bubble: Point{body.X, body.Y - cell*0.22},
		}
		a.NameBox = Rect{Point{cr.Min.X, a.Name.Y}, cr.Max}
		s.Actors = append(s.Actors, a)
	}
	return s
}

// ActorAt returns the place of the baker (bakers true) or eater whose cell holds p.
func (l *Layout) ActorAt(p Point) (i int, bakers, ok bool) {
	for i, a := range l.Bakers.Actors {
		if a.Cell.Contains(p) {
			return i, true, true
		}
	}
	for i, a := range l.Eaters.Actors {
		if a.Cell.Contains(p) {
			return i, false, true
		}
	}
	return 0, false, false
}

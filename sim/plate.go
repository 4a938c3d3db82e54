package sim

import "time"

// plate is where bakers put loaves and eaters take them. It behaves like a Go buffered channel of capacity Cap:
// loaves leave in the order they arrived; waiting bakers and waiting eaters are served first come, first served;
// a loaf for a waiting eater goes straight into its hands; with capacity 0 a baker waits, loaf in hand, until an
// eater takes it. Only actors call Put and Take, from their own goroutines, while the kernel has handed them control.
type plate struct {
	s       *Sim
	cap     int
	loaves  fifo[onPlate]
	putters fifo[*actor] // bakers holding a loaf, waiting for room
	takers  fifo[*actor] // eaters waiting for a loaf

	// Statistics: the integral of the plate's length over time, and the time loaves spent on it.
	area     float64 // loaf·nanoseconds
	last     time.Duration
	most     int
	waitSum  time.Duration
	received int64
	atSum    time.Duration // the sum of the times the loaves on the plate were put there
}

type onPlate struct {
	loaf Loaf
	at   time.Duration
}

// Put places the baker's loaf on the plate, waiting while the plate is full.
func (p *plate) Put(l Loaf) {
	s := p.s
	b := s.current
	if e, ok := p.takers.pop(); ok { // an eater is waiting at the empty plate: hand it over (Go's direct send)
		b.hasLoaf = false
		p.give(e, l, 0)
		s.emit(Handed, b, e, l)
		s.schedule(e, s.now)
		return
	}
	if p.loaves.len() < p.cap {
		b.hasLoaf = false
		p.push(l)
		s.emit(Put, b, nil, l)
		return
	}
	b.set(WaitingToPut)
	p.putters.push(b)
	s.emit(PlateFull, b, nil, l)
	b.park() // an eater moves the loaf for us, as a Go receiver does for a blocked sender
}

// Take removes the loaf at the head of the plate, waiting while the plate is empty.
func (p *plate) Take() Loaf {
	s := p.s
	e := s.current
	if p.loaves.len() > 0 {
		p.changed(-1)
		o, _ := p.loaves.pop()
		p.atSum -= o.at
		p.give(e, o.loaf, s.now-o.at)
		s.emit(Taken, e, nil, o.loaf)
		p.fill()
		return o.loaf
	}
	if b, ok := p.putters.pop(); ok { // no plate to speak of: take the loaf from the baker's hands
		l := b.loaf
		p.release(b)
		p.give(e, l, 0)
		s.emit(Handed, b, e, l)
		return l
	}
	e.set(WaitingForLoaf)
	p.takers.push(e)
	s.emit(PlateEmpty, e, nil, Loaf{})
	e.park()
	return e.loaf
}

// give puts a loaf in an eater's hands; it waited on the plate for waited.
func (p *plate) give(e *actor, l Loaf, waited time.Duration) {
	e.set(Eating)
	e.loaf, e.hasLoaf = l, true
	e.from, e.until = p.s.now, p.s.now
	p.waitSum += waited
	p.received++
}

// fill moves waiting bakers' loaves onto the plate while there is room, and wakes those bakers.
func (p *plate) fill() {
	s := p.s
	for p.loaves.len() < p.cap {
		b, ok := p.putters.pop()
		if !ok {
			return
		}
		p.push(b.loaf)
		p.release(b)
		s.emit(Put, b, nil, b.loaf)
	}
}

// release frees a waiting baker's hands and lets it go back to baking at this instant.
func (p *plate) release(b *actor) {
	now := p.s.now
	b.hasLoaf = false
	b.set(Baking)
	b.from, b.until = now, now
	p.s.schedule(b, now)
}

func (p *plate) push(l Loaf) {
	p.changed(+1)
	p.loaves.push(onPlate{l, p.s.now})
	p.atSum += p.s.now
}

// changed accounts for the time the plate spent at its old length, then applies delta.
func (p *plate) changed(delta int) {
	now := p.s.now
	n := p.loaves.len()
	p.area += float64(n) * float64(now-p.last)
	p.last = now
	p.most = max(p.most, n+delta)
}

package sim

// This file is the whole life of a baker and of an eater, as straight-line Go. Each runs in its own goroutine;
// Sleep and the plate's Put and Take are the only places where it waits.

// baker bakes a loaf, puts it on the plate, and does it again, until its batch is done or it is asked to leave.
func baker(b *actor, plate *plate) {
	for n := 1; b.keepBaking(n); n++ {
		loaf := b.bake(n) // sleep for a bake time
		plate.Put(loaf)   // wait while the plate is full
	}
}

// eater takes a loaf from the plate and eats it, and does it again, until it is asked to leave or sent home.
func eater(e *actor, plate *plate) {
	for e.keepEating() {
		loaf := plate.Take() // wait while the plate is empty
		e.eat(loaf)          // sleep for an eat time
	}
}

// Command bakery is the article's bakery in Go: each baker and each
// eater is a goroutine, and the plate between them is a channel.
package main

import (
	"log"
	"sync"
	"time"
)

// A Loaf is the N-th loaf that Baker made.
type Loaf struct {
	Baker string
	N     int
}

// An actor is a baker or an eater, and how long each loaf takes it.
type actor struct {
	name string
	pace func() time.Duration
}

// baker bakes batch loaves, or for ever if batch is 0.
func baker(b actor, batch int, plate chan<- Loaf) {
	for n := 1; batch == 0 || n <= batch; n++ {
		time.Sleep(b.pace())     // bake a loaf
		plate <- Loaf{b.name, n} // wait while the plate is full
		log.Println(b.name, "makes loaf", n)
	}
}

func eater(e actor, plate <-chan Loaf) {
	for loaf := range plate { // wait while the plate is empty
		time.Sleep(e.pace()) // eat the loaf
		log.Println(e.name, "eats", loaf.Baker+"'s loaf", loaf.N)
	}
}

// run has each baker make batch loaves (0: for ever), and returns when all
// are eaten.
func run(bakers, eaters []actor, plateSize, batch int) {
	plate := make(chan Loaf, plateSize)
	var baking, eating sync.WaitGroup
	for _, b := range bakers {
		baking.Go(func() { baker(b, batch, plate) })
	}
	for _, e := range eaters {
		eating.Go(func() { eater(e, plate) })
	}
	baking.Wait()
	// Go's ending, not the article's join-then-cancel, so that there is
	// nothing to count or cancel: close says "no more loaves", each
	// eater's range ends once the plate is empty, and eating.Wait
	// returns as the last loaf is eaten, just as queue.join would.
	close(plate)
	eating.Wait()
}

func main() {
	log.SetFlags(log.Lmicroseconds) // print when each thing happens
	start := time.Now()
	bake := func() time.Duration { return 500 * time.Millisecond }
	eat := func() time.Duration { return time.Second }
	run([]actor{{"John", bake}, {"Mike", bake}},
		[]actor{{"Grace", eat}, {"Lucy", eat}}, 6, 6)
	log.Println("all eaten in", time.Since(start).Round(time.Second/10))
}

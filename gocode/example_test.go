package gocode_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/gobakery/bakery/gocode"
	"github.com/gobakery/bakery/sim"
)

// A code panel puts each actor's marker on the line of the program where the actor is.
func ExampleProgram_ActorLine() {
	p, err := gocode.Load()
	if err != nil {
		panic(err)
	}
	s, _ := sim.New(sim.MustPreset("seed"))
	defer s.Close()
	var snap sim.Snapshot
	for _, t := range []time.Duration{250 * time.Millisecond, 3250 * time.Millisecond} {
		s.RunUntil(t)
		s.Snapshot(&snap)
		fmt.Println("at", t)
		for _, a := range append(snap.Bakers, snap.Eaters...) {
			n, _ := p.ActorLine(&snap, a)
			fmt.Printf("  %-5s %-18s %s\n", a.Name, a.State, strings.TrimSpace(p.Lines()[n-1]))
		}
	}
	// Output:
	// at 250ms
	//   John  baking             time.Sleep(b.pace())     // bake a loaf
	//   Mike  baking             time.Sleep(b.pace())     // bake a loaf
	//   Grace waiting for a loaf for loaf := range plate { // wait while the plate is empty
	//   Lucy  waiting for a loaf for loaf := range plate { // wait while the plate is empty
	// at 3.25s
	//   John  done               }
	//   Mike  done               }
	//   Grace eating             time.Sleep(e.pace()) // eat the loaf
	//   Lucy  eating             time.Sleep(e.pace()) // eat the loaf
}

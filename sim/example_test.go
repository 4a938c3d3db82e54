package sim_test

import (
	"fmt"
	"os"
	"time"

	"github.com/gobakery/bakery/sim"
)

// The original story: two bakers, two eaters, a plate of six.
func Example() {
	s, err := sim.New(sim.MustPreset("seed"))
	if err != nil {
		panic(err)
	}
	defer s.Close()
	s.RunUntil(time.Minute)
	st := s.Stats()
	fmt.Println(st.Eaten, "loaves eaten by", s.Now(), "- most on the plate:", st.MaxOnPlate)
	// Output: 12 loaves eaten by 6.5s - most on the plate: 6
}

// A game loop advances the run by a frame's share of virtual time and drains what happened.
func ExampleSim_Events() {
	s, _ := sim.New(sim.MustPreset("seed"))
	defer s.Close()
	s.KeepEvents(100)
	s.Advance(time.Second) // one second of the story, say 60 frames at 1x
	events, dropped := s.Events(nil)
	for _, e := range events {
		if e.Kind == sim.Handed {
			fmt.Println(e.Time, s.Name(e.Actor), "hands", s.LoafLabel(e.Loaf), "to", s.Name(e.Peer))
		}
	}
	fmt.Println("dropped:", dropped)
	// Output:
	// 500ms John hands John#1 to Grace
	// 500ms Mike hands Mike#1 to Lucy
	// dropped: 0
}

// Step resumes one actor at a time and returns what it logged; the log is one JSON object per event.
func ExampleSim_Step() {
	s, _ := sim.New(sim.MustPreset("rendezvous"))
	defer s.Close()
	var events []sim.Event
	for range 6 { // the first two steps start the bakers baking, which logs nothing
		events, _ = s.Step(events[:0])
		for _, e := range events {
			os.Stdout.Write(s.AppendLog(nil, e))
		}
	}
	// Output:
	// {"t_s":0,"event":"plate-empty","actor":"Grace","plate":0}
	// {"t_s":0,"event":"plate-empty","actor":"Lucy","plate":0}
	// {"t_s":1.045747207,"event":"baked","actor":"Mike","loaf":"Mike#1","loaf_id":1,"plate":0}
	// {"t_s":1.045747207,"event":"handed","actor":"Mike","to":"Grace","loaf":"Mike#1","loaf_id":1,"plate":0}
}

// Parse reads the settings a user typed; every bad one is named, and the rest still apply.
func ExampleParse() {
	sc, err := sim.Parse([]sim.Setting{{Key: "preset", Value: "balanced"}, {Key: "plate", Value: "lots"}, {Key: "eaters", Value: "3"}}, sim.DefaultLimits)
	fmt.Println(err)
	fmt.Println(sc)
	// Output:
	// plate "lots": want a whole number 0..100000
	// 2 bakers, 3 eaters, plate 4, bake exp:1s, eat exp:1s, batch forever, seed 1
}

// Exact gives the long-run figures when bake and eat times are exponential.
func ExampleExact() {
	th, err := sim.Exact(sim.MustPreset("balanced"))
	if err != nil {
		panic(err)
	}
	fmt.Printf("%.3f loaves/s, %.3f on the plate, bakers blocked %.1f%%\n", th.Throughput, th.MeanOnPlate, 100*th.BakerBlockedFrac)
	_, err = sim.Exact(sim.MustPreset("seed"))
	fmt.Println(err)
	// Output:
	// 1.750 loaves/s, 2.000 on the plate, bakers blocked 12.5%
	// sim: no exact answer: the exact figures need exponential (exp:) bake and eat times and no batch
}

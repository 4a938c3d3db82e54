package tour

import "github.com/gobakery/bakery/sim"

// Chapters are the tour in order: the story, what a smaller plate does, no plate at all, random times, and two
// challenges scored against the exact theory. Every chapter keeps the story's cast, John and Mike baking for
// Grace and Lucy, so that only what the chapter is about changes.
var Chapters = []Chapter{
	{
		// Bakers make 4 loaves a second and eaters take 2, so in the 3 s the bakers bake, 6 loaves pile up: the
		// plate of 6 is full at the instant the last loaf is put, and no baker ever waits.
		Name:     "story",
		Title:    "The story",
		Read:     "In 3 s John and Mike bake 12 loaves; Grace and Lucy take 6.",
		Watch:    "the other 6 just fit on the plate, so nobody waits.",
		Try:      "add a third baker and see who has to wait.",
		Settings: set("preset", "seed"),
	},
	{
		Name:     "plate-of-two",
		Title:    "A plate of two",
		Read:     "What if the plate held only 2, like make(chan Loaf, 2)?",
		Watch:    "when the plate is full, a baker stands holding a fresh loaf until an eater takes one.",
		Try:      "grow the plate one loaf at a time until nobody waits.",
		Settings: set("preset", "seed", "plate", "2"),
	},
	{
		Name:     "no-plate",
		Title:    "No plate at all",
		Read:     "No plate, like make(chan Loaf): loaves pass hand to hand.",
		Watch:    "a baker waits for free hands; no loaf is ever put down.",
		Try:      "add an eater and see the bakers wait less.",
		Settings: set("preset", "seed", "plate", "0"),
	},
	{
		// Endless runs with exponential times are what the exact theory solves.
		Name:     "random-times",
		Title:    "Random times",
		Read:     "Now each bake and meal takes a random time, 1 s on average.",
		Watch:    "the plate fills and empties; the theory line shows the long run.",
		Try:      "a bigger plate, and see the theory's blocked time fall.",
		Settings: set("preset", "seed", "bake", "exp:1s", "eat", "exp:1s", "batch", "0"),
	},
	{
		// Plate 3 leaves bakers blocked 10.5% of the time, plate 4 8.7%.
		Name:     "smallest-plate",
		Title:    "Challenge: smallest plate",
		Read:     "Find the smallest plate that keeps bakers blocked under 10%.",
		Watch:    "the theory line's blocked figure as the plate grows.",
		Try:      "change only the plate; the eaters are a bit quicker.",
		Settings: set("preset", "seed", "plate", "1", "bake", "exp:1.1s", "eat", "exp:1s", "batch", "0"),
		Challenge: &Challenge{
			Knob: "plate", Figure: "bakers blocked %s of the time", Below: true, Bound: 0.10, Percent: true,
			of: func(f sim.Figures) float64 { return f.BakerBlockedFrac },
			Hints: []string{
				"Each loaf of room lets the bakers run a bit further ahead.",
				"Each loaf of room saves less waiting than the one before.",
				"Plate 3 leaves the bakers blocked just over 10% of the time.",
			},
		},
	},
	{
		// 5 eaters eat 2.39 loaves a second, 6 eat 2.69.
		Name:     "fewest-eaters",
		Title:    "Challenge: fewest eaters",
		Read:     "Find the fewest eaters who eat 2.5 loaves a second or more.",
		Watch:    "the theory line's throughput as eaters come and go.",
		Try:      "change only the eaters; 3 bakers make 3 loaves a second.",
		Settings: set("preset", "seed", "bakers", "3", "eaters", "2", "plate", "4", "bake", "exp:1s", "eat", "exp:2s", "batch", "0"),
		Challenge: &Challenge{
			Knob: "eaters", Figure: "%s loaves eaten a second", Bound: 2.5,
			of: func(f sim.Figures) float64 { return f.Throughput },
			Hints: []string{
				"An eater takes 2 s a loaf on average: half a loaf a second.",
				"5 eaters could eat 2.5 a second only if none ever waited.",
				"Random times leave eaters idle now and then: add one more.",
			},
		},
	},
}

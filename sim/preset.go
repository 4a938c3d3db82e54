package sim

import "time"

// PresetInfo is a named scenario with a one-line description of what it shows.
type PresetInfo struct {
	Name        string
	Description string
	Scenario    Scenario
}

func fixed(d time.Duration) Dist { return Dist{Kind: Fixed, A: d} }
func expo(d time.Duration) Dist  { return Dist{Kind: Exponential, A: d} }

// Presets are the ready-made scenarios, in the order the game numbers them (1–6).
var Presets = []PresetInfo{
	{"seed", "The original story: John and Mike bake 6 loaves each, twice as fast as Grace and Lucy eat them.",
		Scenario{Bakers: 2, Eaters: 2, Plate: 6, Bake: fixed(500 * time.Millisecond), Eat: fixed(time.Second), Batch: 6, Seed: 1,
			BakerNames: []string{"John", "Mike"}, EaterNames: []string{"Grace", "Lucy"}}},
	{"balanced", "Bakers and eaters keep pace on average, but random times make the plate fill and empty.",
		Scenario{Bakers: 2, Eaters: 2, Plate: 4, Bake: expo(time.Second), Eat: expo(time.Second), Seed: 1}},
	{"fast-bakers", "Bakers outpace eaters: the plate fills up and bakers stand waiting with fresh loaves.",
		Scenario{Bakers: 3, Eaters: 2, Plate: 5, Bake: fixed(600 * time.Millisecond), Eat: fixed(1500 * time.Millisecond), Seed: 1}},
	{"slow-bakers", "Eaters outpace bakers: the plate stays empty and eaters wait hungry.",
		Scenario{Bakers: 1, Eaters: 3, Plate: 5, Bake: fixed(time.Second), Eat: fixed(1500 * time.Millisecond), Seed: 1}},
	{"rendezvous", "No room on the plate: like an unbuffered channel, each loaf passes from hand to hand.",
		Scenario{Bakers: 2, Eaters: 2, Plate: 0, Bake: expo(time.Second), Eat: expo(time.Second), Seed: 1}},
	{"crowd", "Twelve bakers and ten eaters with random times: a busy queue that never settles.",
		Scenario{Bakers: 12, Eaters: 10, Plate: 12, Bake: expo(2 * time.Second), Eat: expo(1500 * time.Millisecond), Seed: 1}},
}

// PresetNames lists the presets' names in order.
func PresetNames() []string {
	names := make([]string, len(Presets))
	for i, p := range Presets {
		names[i] = p.Name
	}
	return names
}

// Preset returns a copy of the named preset's scenario.
func Preset(name string) (Scenario, bool) {
	for _, p := range Presets {
		if p.Name == name {
			sc := p.Scenario
			sc.Preset = name
			sc.BakerNames = append([]string(nil), sc.BakerNames...)
			sc.EaterNames = append([]string(nil), sc.EaterNames...)
			return sc, true
		}
	}
	return Scenario{}, false
}

// MustPreset is [Preset] for names known to exist; it panics on any other.
func MustPreset(name string) Scenario {
	sc, ok := Preset(name)
	if !ok {
		panic("sim: no preset " + name)
	}
	return sc
}

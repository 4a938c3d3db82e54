package game

import (
	"fmt"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/palette"
	"github.com/gobakery/bakery/sim"
)

// speeds are the steps of the speed keys.
var speeds = []float64{0.25, 0.5, 1, 2, 4, 8, 16, 32, 64}

// plates are the steps of the plate keys beyond the ring.
var plates = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 18, 20, 24, 30, 40, 50, 60, 80, 100, 150, 200,
	300, 400, 500, 750, 1000}

// times are the steps of the bake and eat time keys, in milliseconds (the mean, for random times).
var times = []int{100, 150, 200, 250, 300, 400, 500, 600, 750, 1000, 1250, 1500, 2000, 2500, 3000, 4000, 5000,
	7500, 10000}

// next returns the step after v in steps going up, or before it going down, staying within steps.
func next[T int | float64](steps []T, v T, up bool) T {
	if up {
		for _, s := range steps {
			if s > v {
				return s
			}
		}
		return steps[len(steps)-1]
	}
	for i := len(steps) - 1; i >= 0; i-- {
		if steps[i] < v {
			return steps[i]
		}
	}
	return steps[0]
}

// act does what a key or a button asks for.
func (g *Game) act(a control.Action) {
	if g.help && a != control.Help && a != control.Close {
		g.help = false
	}
	if i, ok := a.Preset(); ok {
		if i < len(sim.Presets) {
			p := sim.Presets[i]
			sc, _ := sim.Preset(p.Name) // unlike p.Scenario, it carries the preset's name
			g.load(sc)
			g.say("%d %s: %s", i+1, p.Name, p.Description)
		}
		return
	}
	sc := g.sim.Scenario()
	switch a {
	case control.PlayPause:
		if g.paused || g.snap.Finished {
			g.play()
		} else {
			g.paused = true
		}
	case control.Step:
		g.step()
	case control.SpeedUp, control.SpeedDown:
		g.speed = next(speeds, g.speed, a == control.SpeedUp)
		g.cfg.Speed = g.speed
	case control.Reset:
		g.reset()
	case control.BakersUp, control.BakersDown:
		g.live(g.sim.SetBakers(min(max(sc.Bakers+updown(a == control.BakersUp), 0), Limits.MaxActors)))
	case control.EatersUp, control.EatersDown:
		g.live(g.sim.SetEaters(min(max(sc.Eaters+updown(a == control.EatersUp), 0), Limits.MaxActors)))
	case control.PlateUp, control.PlateDown:
		g.live(g.sim.SetPlate(next(plates, sc.Plate, a == control.PlateUp)))
	case control.BakeLonger, control.BakeShorter:
		g.live(g.sim.SetBake(retime(sc.Bake, a == control.BakeLonger)))
	case control.EatLonger, control.EatShorter:
		g.live(g.sim.SetEat(retime(sc.Eat, a == control.EatLonger)))
	case control.ToggleRandom:
		kind := sim.Exponential
		if sc.Bake.Random() || sc.Eat.Random() {
			kind = sim.Fixed
		}
		err := g.sim.SetBake(sim.Dist{Kind: kind, A: sc.Bake.Mean()})
		if err == nil {
			err = g.sim.SetEat(sim.Dist{Kind: kind, A: sc.Eat.Mean()})
		}
		g.live(err)
		if err == nil {
			g.say("%s bake and eat times", map[sim.DistKind]string{sim.Fixed: "fixed", sim.Exponential: "random"}[kind])
		}
	case control.Help:
		g.help = !g.help
	case control.Close:
		g.help = false
	}
}

func updown(up bool) int {
	if up {
		return 1
	}
	return -1
}

// retime moves d's mean one step up or down, keeping its kind.
func retime(d sim.Dist, up bool) sim.Dist {
	ms := int(d.Mean() / time.Millisecond)
	to := next(times, ms, up)
	return d.Scale(float64(to) / float64(max(ms, 1)))
}

// live reports the outcome of a live change.
func (g *Game) live(err error) {
	if err != nil {
		g.sayErr(err)
		return
	}
	g.gen++
}

func (g *Game) play() {
	if g.snap.Finished {
		g.reset()
	}
	g.paused = false
}

// step runs the simulation to its next logged event. Sim.Step wakes one actor, which may log nothing (an
// eater's first look at the plate) or two events at once (a loaf baked and handed over), so it is repeated
// until something visible happens.
func (g *Game) step() {
	g.paused = true
	g.owe = 0
	var logged []sim.Event
	for range 10000 {
		var ok bool
		if logged, ok = g.sim.Step(logged[:0]); !ok {
			g.say("nothing left to happen")
			return
		}
		if len(logged) > 0 {
			return
		}
	}
}

func (g *Game) reset() {
	g.sim.Reset()
	g.restarted()
	if g.snap.Finished {
		g.paused = false
	}
	g.say("started again")
}

func themeOf(name string) palette.Theme {
	t, err := palette.ByName(name)
	if err != nil {
		return palette.Light
	}
	return t
}

func tpsOf() int {
	if t := ebiten.TPS(); t > 0 {
		return t
	}
	return ebiten.DefaultTPS
}

// speedText shows a speed factor: "1×", "0.25×".
func speedText(s float64) string {
	return fmt.Sprintf("%g×", s)
}

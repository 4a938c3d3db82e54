package tour

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gobakery/bakery/sim"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// screen are the limits the game holds settings to.
var screen = sim.Limits{MaxActors: 64, MaxPlate: 1000}

func TestChaptersLoadTheirScenarios(t *testing.T) {
	want := map[string]string{
		"story":          "2 bakers, 2 eaters, plate 6, bake 0.5s, eat 1s, batch 6 each, seed 1",
		"plate-of-two":   "2 bakers, 2 eaters, plate 2, bake 0.5s, eat 1s, batch 6 each, seed 1",
		"no-plate":       "2 bakers, 2 eaters, plate 0, bake 0.5s, eat 1s, batch 6 each, seed 1",
		"random-times":   "2 bakers, 2 eaters, plate 6, bake exp:1s, eat exp:1s, batch forever, seed 1",
		"smallest-plate": "2 bakers, 2 eaters, plate 1, bake exp:1.1s, eat exp:1s, batch forever, seed 1",
		"fewest-eaters":  "3 bakers, 2 eaters, plate 4, bake exp:1s, eat exp:2s, batch forever, seed 1",
	}
	require.Len(t, Chapters, len(want))
	for _, c := range Chapters {
		t.Run(c.Name, func(t *testing.T) {
			sc, err := c.Scenario(screen)
			require.NoError(t, err)
			assert.Equal(t, want[c.Name], sc.String())
			assert.Equal(t, []string{"John", "Mike"}, sc.BakerNames, "the story's cast stays")
			assert.Equal(t, []string{"Grace", "Lucy"}, sc.EaterNames)
			for _, s := range c.Settings {
				assert.True(t, sim.IsKey(s.Key), "%s is a URL key", s.Key)
			}
		})
	}
}

// panel wraps a chapter's text as the panel shows it: the sentence to read, then "Watch: " and "Try: ", each
// on a new line, wrapped at width characters.
func panel(c Chapter, width int) []string {
	var lines []string
	for _, para := range []string{c.Read, "Watch: " + c.Watch, "Try: " + c.Try} {
		line := ""
		for _, w := range strings.Fields(para) {
			switch {
			case line == "":
				line = w
			case len([]rune(line))+1+len([]rune(w)) <= width:
				line += " " + w
			default:
				lines = append(lines, line)
				line = w
			}
		}
		lines = append(lines, line)
	}
	return lines
}

func TestChaptersFitThePanel(t *testing.T) {
	names := map[string]bool{Off: true}
	url := regexp.MustCompile(`^[a-z][a-z0-9-]*$`)
	for _, c := range Chapters {
		t.Run(c.Name, func(t *testing.T) {
			lines := panel(c, 60)
			assert.LessOrEqual(t, len(lines), 4, "%q", lines)
			for _, l := range lines {
				assert.LessOrEqual(t, len([]rune(l)), 60, "%q", l)
			}
			assert.Regexp(t, url, c.Name, "usable as a URL value as it is")
			assert.False(t, names[c.Name], "name taken")
			names[c.Name] = true
			assert.LessOrEqual(t, len([]rune(c.Title)), 30)
			for _, s := range []string{c.Read, c.Watch, c.Try} {
				assert.Equal(t, 1, strings.Count(s, ". ")+1, "one sentence: %q", s)
				assert.Regexp(t, `[.?!]$`, s)
			}
			if c.Challenge != nil {
				assert.Len(t, c.Challenge.Hints, 3)
				for _, h := range c.Challenge.Hints {
					assert.LessOrEqual(t, len([]rune(h)), 60, "one line: %q", h)
				}
			}
		})
	}
}

// run plays sc for d of simulated time and returns what happened.
func run(t *testing.T, sc sim.Scenario, d time.Duration) ([]sim.Event, sim.Stats) {
	t.Helper()
	s, err := sim.NewWithLimits(sc, screen)
	require.NoError(t, err)
	defer s.Close()
	var log []sim.Event
	s.OnEvent(func(e sim.Event) { log = append(log, e) })
	s.RunUntil(d)
	return log, s.Stats()
}

func count(log []sim.Event, k sim.EventKind) int {
	n := 0
	for _, e := range log {
		if e.Kind == k {
			n++
		}
	}
	return n
}

func load(t *testing.T, name string, more ...string) sim.Scenario {
	t.Helper()
	c, _, ok := ByName(name)
	require.True(t, ok, name)
	sc, err := sim.Parse(append(append([]sim.Setting(nil), c.Settings...), set(more...)...), screen)
	require.NoError(t, err)
	return sc
}

// TestChaptersShowWhatTheySay plays each chapter and checks what its Read and Watch say happens.
func TestChaptersShowWhatTheySay(t *testing.T) {
	for _, tc := range []struct {
		name  string
		check func(t *testing.T, sc sim.Scenario)
	}{
		{"story", func(t *testing.T, sc sim.Scenario) {
			log, st := run(t, sc, time.Minute)
			assert.Zero(t, count(log, sim.PlateFull), "no baker ever waits to put")
			assert.Equal(t, int64(12), st.Eaten)
			_, at3 := run(t, sc, 3*time.Second)
			assert.Equal(t, int64(12), at3.Baked, "in 3 s John and Mike bake 12 loaves")
			assert.Equal(t, 6, at3.OnPlate, "the other 6 are on the plate")
			full := -1
			for i, e := range log {
				if e.Plate == 6 {
					full = i
					break
				}
			}
			require.GreaterOrEqual(t, full, 0)
			assert.Equal(t, 3*time.Second, log[full].Time, "the plate fills just as the last loaf is put")
		}},
		{"plate-of-two", func(t *testing.T, sc sim.Scenario) {
			log, st := run(t, sc, time.Minute)
			assert.Positive(t, count(log, sim.PlateFull), "a baker waits with a loaf in hand")
			assert.Positive(t, st.BakerBlockedFrac)
			assert.Equal(t, 2, st.MaxOnPlate)
		}},
		{"no-plate", func(t *testing.T, sc sim.Scenario) {
			log, st := run(t, sc, time.Minute)
			assert.Equal(t, 12, count(log, sim.Handed), "every loaf is handed")
			assert.Zero(t, count(log, sim.Put), "none is put down")
			assert.Positive(t, count(log, sim.PlateFull), "a baker waits for free hands")
			assert.Zero(t, st.MaxOnPlate)
		}},
		{"random-times", func(t *testing.T, sc sim.Scenario) {
			th, why := sim.TheoryOf(sc)
			require.NotNil(t, th, "the theory line appears: %s", why)
			log, _ := run(t, sc, time.Minute)
			full, emptied := false, false
			for _, e := range log {
				full = full || e.Plate == sc.Plate
				emptied = emptied || (full && e.Plate == 0)
			}
			assert.True(t, full, "the plate fills within a minute")
			assert.True(t, emptied, "and empties again")
		}},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.check(t, load(t, tc.name)) })
	}
}

// TestTryDoesWhatItSays checks that what each chapter's Try suggests shows what it promises.
func TestTryDoesWhatItSays(t *testing.T) {
	blocked := func(t *testing.T, sc sim.Scenario) float64 {
		_, st := run(t, sc, time.Minute)
		return st.BakerBlockedFrac
	}
	t.Run("story: a third baker waits", func(t *testing.T) {
		log, _ := run(t, load(t, "story", "bakers", "3"), time.Minute)
		assert.Positive(t, count(log, sim.PlateFull))
	})
	t.Run("plate-of-two: nobody waits from plate 6", func(t *testing.T) {
		for plate := 2; plate <= 5; plate++ {
			assert.Positive(t, blocked(t, load(t, "plate-of-two", "plate", itoa(plate))), "plate %d", plate)
		}
		assert.Zero(t, blocked(t, load(t, "plate-of-two", "plate", "6")))
	})
	t.Run("no-plate: an eater more, less waiting", func(t *testing.T) {
		assert.Less(t, blocked(t, load(t, "no-plate", "eaters", "3")), blocked(t, load(t, "no-plate")))
	})
	t.Run("random-times: a bigger plate, less blocked in theory", func(t *testing.T) {
		a, err := sim.Exact(load(t, "random-times"))
		require.NoError(t, err)
		b, err := sim.Exact(load(t, "random-times", "plate", "7"))
		require.NoError(t, err)
		assert.Less(t, b.BakerBlockedFrac, a.BakerBlockedFrac)
	})
}

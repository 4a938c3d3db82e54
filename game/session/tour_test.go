package session

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/tour"
	"github.com/gobakery/bakery/sim"
)

// tourName is the chapter state().tour names, or "" for null.
func (tt *tester) tourName() string {
	if n := tt.s.State().Tour; n != nil {
		return *n
	}
	return ""
}

// TestChaptersLoadTheirSettings: opening a chapter, by name, loads its settings as a reload.
func TestChaptersLoadTheirSettings(t *testing.T) {
	tt := start(t, "preset", "crowd")
	tt.frames(120)
	for i, ch := range tour.Chapters {
		t.Run(ch.Name, func(t *testing.T) {
			want, err := ch.Scenario(Limits)
			require.NoError(t, err)
			tt.set("tour", ch.Name)
			st, f := tt.s.State(), tt.s.Frame()
			assert.Equal(t, want.Settings(), f.Scenario.Settings())
			assert.Less(t, st.Time, 0.1, "from time 0")
			assert.Equal(t, ch.Name, tt.tourName())
			assert.Equal(t, ch.Name, st.Settings["tour"])
			require.NotNil(t, f.Tour)
			assert.Equal(t, ch.Title, f.Tour.Chapter.Title)
			assert.Equal(t, [2]int{i + 1, len(tour.Chapters)}, [2]int{f.Tour.N, f.Tour.Of})
			assert.Equal(t, ch.Challenge != nil, f.Tour.Challenge)
			tt.frames(30)
		})
	}
}

func TestTourNextBackLeave(t *testing.T) {
	tt := start(t, "tour", "story")
	assert.Equal(t, "story", tt.tourName())
	tt.do(Act(control.TourBack))
	assert.Equal(t, "story", tt.tourName(), "no chapter before the first")

	tt.frames(60)
	tt.do(Act(control.TourNext))
	assert.Equal(t, "plate-of-two", tt.tourName())
	assert.Equal(t, "2", tt.s.State().Settings["plate"])
	assert.Less(t, tt.s.State().Time, 0.1, "a reload")
	tt.do(Act(control.TourNext))
	assert.Equal(t, "no-plate", tt.tourName())
	assert.Equal(t, "0", tt.s.State().Settings["plate"])
	tt.do(Act(control.TourBack))
	assert.Equal(t, "plate-of-two", tt.tourName())
	assert.Equal(t, "2", tt.s.State().Settings["plate"])

	tt.frames(60)
	t0 := tt.s.State().Time
	tt.do(Act(control.TourLeave))
	st := tt.s.State()
	assert.Nil(t, st.Tour)
	assert.Nil(t, tt.s.Frame().Tour)
	assert.Equal(t, "off", st.Settings["tour"])
	assert.Equal(t, "2", st.Settings["plate"], "the scene stays as it is")
	assert.Greater(t, st.Time, t0, "and goes on")
	tt.do(Act(control.TourNext))
	assert.Nil(t, tt.s.State().Tour, "out of the tour, next does nothing")

	last := tour.Chapters[len(tour.Chapters)-1].Name
	tt.set("tour", last)
	tt.do(Act(control.TourNext))
	assert.Equal(t, last, tt.tourName(), "no chapter after the last")
	tt.set("tour", "off")
	assert.Nil(t, tt.s.State().Tour)
}

// TestTourSettingValues: the tour setting takes a chapter or off, applies before the preset and the rest, and
// a page opens on the tour only when its URL names no scenario.
func TestTourSettingValues(t *testing.T) {
	cfg, err := ParseConfig(pairs("plate", "3", "tour", "plate-of-two"))
	require.NoError(t, err)
	assert.Equal(t, "plate-of-two", cfg.Tour.Name())
	assert.Equal(t, 3, cfg.Scenario.Plate, "the chapter first, then the rest")

	cfg, err = ParseConfig(pairs("preset", "crowd", "tour", "random-times"))
	require.NoError(t, err)
	assert.Equal(t, "crowd", cfg.Scenario.Preset, "the chapter, then the preset")
	assert.Equal(t, "random-times", cfg.Tour.Name())

	cfg, err = ParseConfig(nil)
	require.NoError(t, err)
	assert.False(t, cfg.Tour.Active(), "ParseConfig opens the tour only when asked: the desktop's default")

	_, err = Parse(pairs("tour", "chapter-9"))
	var se *sim.SettingError
	require.True(t, errors.As(err, &se))
	assert.Equal(t, "tour", se.Key)
	assert.Contains(t, se.Allowed, "off or a chapter: story, plate-of-two")

	for _, tc := range []struct {
		name string
		kv   []string
		want bool
	}{
		{"a bare URL", nil, true},
		{"only the look", []string{"theme", "dark", "speed", "2"}, true},
		{"a preset", []string{"preset", "crowd"}, false},
		{"a scenario setting", []string{"plate", "2"}, false},
		{"tour=off, for embeds", []string{"tour", "off"}, false},
		{"a chapter", []string{"tour", "no-plate"}, false},
		{"a bad chapter counts as none", []string{"tour", "nope"}, true},
		{"the minimal UI", []string{"ui", "minimal"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, OpensTour(pairs(tc.kv...)))
		})
	}
}

// TestChallengeCheckFlips: in a challenge chapter the frame carries its check against the scenario, and it
// turns ok when the knob is set to the answer.
func TestChallengeCheckFlips(t *testing.T) {
	tt := start(t, "tour", "smallest-plate")
	f := tt.s.Frame()
	require.NotNil(t, f.Tour)
	require.True(t, f.Tour.Challenge)
	assert.False(t, f.Tour.OK)
	assert.Contains(t, f.Tour.Why, "not under 10% yet")
	tt.set("plate", "3")
	assert.False(t, tt.s.Frame().Tour.OK)
	tt.set("plate", "4")
	assert.True(t, tt.s.Frame().Tour.OK, tt.s.Frame().Tour.Why)
	assert.Contains(t, tt.s.Frame().Tour.Why, "Well done")
	tt.set("plate", "5")
	assert.False(t, tt.s.Frame().Tour.OK, "not the smallest")
	tt.set("plate", "4", "bakers", "3")
	assert.False(t, tt.s.Frame().Tour.OK)
	assert.Contains(t, tt.s.Frame().Tour.Why, "Change only the plate")

	tt.set("tour", "fewest-eaters")
	assert.False(t, tt.s.Frame().Tour.OK)
	tt.do(Act(control.EatersUp))
	tt.do(Act(control.EatersUp))
	tt.do(Act(control.EatersUp))
	assert.False(t, tt.s.Frame().Tour.OK, "5 eaters eat 2.39 a second")
	tt.do(Act(control.EatersUp))
	assert.True(t, tt.s.Frame().Tour.OK, tt.s.Frame().Tour.Why)

	tt.set("tour", "story")
	assert.False(t, tt.s.Frame().Tour.Challenge)
}

func TestTourInStateJSON(t *testing.T) {
	tt := start(t)
	b, err := json.Marshal(tt.s.State())
	require.NoError(t, err)
	assert.Contains(t, string(b), `"tour":null`)
	assert.Contains(t, string(b), `"sweep":null`)
	tt.set("tour", "no-plate")
	b, err = json.Marshal(tt.s.State())
	require.NoError(t, err)
	assert.Contains(t, string(b), `"tour":"no-plate"`)
}

// TestAPresetLeavesTheTour: loading a preset, by its key or as a setting, leaves the tour, whose card spoke of
// the chapter's scenario; changing a setting, as a chapter asks, does not.
func TestAPresetLeavesTheTour(t *testing.T) {
	tt := start(t, "tour", "story")
	tt.set("bakers", "3")
	require.NotNil(t, tt.s.State().Tour, "a setting changed as the chapter asks keeps the tour")
	tt.do(Act(control.PresetAction(2)))
	assert.Nil(t, tt.s.State().Tour, "preset 3 leaves it")
	tt.set("tour", "plate-of-two")
	require.NotNil(t, tt.s.State().Tour)
	tt.set("preset", "balanced")
	assert.Nil(t, tt.s.State().Tour, "so does set({preset})")
}

// TestTheHeaderNamesTheChapter: a chapter's scenario, as it loaded it, is the chapter's in the header, not
// "custom (from seed): plate 2 (was 6)", which told a learner following the tour that they had strayed; a
// change the chapter suggests makes it custom, and leaving the tour shows what the scenario is.
func TestTheHeaderNamesTheChapter(t *testing.T) {
	tt := start(t, "tour", "plate-of-two")
	h := tt.s.State().Header
	ch, _, _ := tour.ByName("plate-of-two")
	assert.Equal(t, Header{Chapter: ch.Title}, h)
	assert.Equal(t, "the tour: "+ch.Title, h.String())
	tt.set("plate", "3")
	assert.Equal(t, "custom (from seed): plate 3 (was 6)", tt.s.State().Header.String())
	tt.set("plate", "2")
	assert.Equal(t, ch.Title, tt.s.State().Header.Chapter, "as loaded again")
	tt.set("tour", "off")
	assert.Equal(t, "custom (from seed): plate 2 (was 6)", tt.s.State().Header.String(), "out of the tour")
}

package page

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/session"
)

// TestPageOpensOnTheTour: a bare URL opens the tour's first chapter; one that names a scenario, a tour or
// ui=minimal does not.
func TestPageOpensOnTheTour(t *testing.T) {
	tests := []struct {
		query, tour string
		plate       int
	}{
		{"", "story", 6},
		{"?theme=dark", "story", 6},
		{"?tour=plate-of-two", "plate-of-two", 2},
		{"?tour=plate-of-two&plate=3", "plate-of-two", 3},
		{"?tour=off", "", 6},
		{"?preset=balanced", "", 4},
		{"?plate=9", "", 9},
		{"?ui=minimal", "", 6},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			settings, bad := pageSettings(tt.query)
			require.Empty(t, bad)
			cfg, err := session.ParseConfig(settings)
			require.NoError(t, err)
			assert.Equal(t, tt.tour, cfg.Tour.Name())
			assert.Equal(t, tt.plate, cfg.Scenario.Plate)
		})
	}
}

// TestABadChapterOpensTheFirst: ?tour=bogus is one bad setting, said once, and the tour opens at its first
// chapter, as a bare URL's would (it once also read as "tour given twice").
func TestABadChapterOpensTheFirst(t *testing.T) {
	settings, bad := pageSettings("?tour=bogus&theme=dark")
	require.Len(t, bad, 1)
	assert.Contains(t, bad[0].Error(), `tour "bogus"`)
	cfg, err := session.ParseConfig(settings)
	require.NoError(t, err)
	assert.Equal(t, "story", cfg.Tour.Name())
}

// TestQueryKeepsTheChapterAndThePanels: the address bar holds the chapter shown (tour=off is the default it
// leaves out) and the panels chosen, and reads back as the same thing.
func TestQueryKeepsTheChapterAndThePanels(t *testing.T) {
	tests := []struct {
		name     string
		settings map[string]string
		want     string
	}{
		{"in the tour", map[string]string{"preset": "seed", "plate": "2", "tour": "plate-of-two"}, "preset=seed&plate=2&tour=plate-of-two"},
		{"out of it", map[string]string{"preset": "seed", "tour": "off"}, "preset=seed"},
		{"panels", map[string]string{"preset": "seed", "panels": "code,chart"}, "preset=seed&panels=code%2Cchart"},
		{"auto panels", map[string]string{"preset": "seed", "panels": "auto"}, "preset=seed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := Query(tt.settings)
			assert.Equal(t, tt.want, q)
			back, _ := pageSettings(q)
			cfg, err := session.ParseConfig(back)
			require.NoError(t, err)
			want := tt.settings["tour"]
			if want == "off" {
				want = ""
			}
			assert.Equal(t, want, cfg.Tour.Name(), "a reload opens the same chapter, and no tour after leaving it")
			if p, ok := tt.settings["panels"]; ok {
				assert.Equal(t, p, cfg.View.Panels.String())
			}
		})
	}
}

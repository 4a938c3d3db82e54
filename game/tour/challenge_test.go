package tour

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func itoa(n int) string { return strconv.Itoa(n) }

func TestChallengeChecks(t *testing.T) {
	for _, tc := range []struct {
		chapter string
		change  []string // settings on top of the chapter's
		ok      bool
		why     string
	}{
		{"smallest-plate", nil, false, "Plate 1: bakers blocked 16.4% of the time, not under 10% yet."},
		{"smallest-plate", []string{"plate", "3"}, false, "Plate 3: bakers blocked 10.5% of the time, not under 10% yet."},
		{"smallest-plate", []string{"plate", "4"}, true,
			"Plate 4: bakers blocked 8.7% of the time, under 10%, and plate 3 does not (10.5%). Well done!"},
		{"smallest-plate", []string{"plate", "5"}, false,
			"Plate 5: bakers blocked 7.4% of the time, under 10%, but plate 4 does it too (8.7%)."},
		{"smallest-plate", []string{"plate", "4", "seed", "7", "baker-names", "Ann,Bo"}, true,
			"Plate 4: bakers blocked 8.7% of the time, under 10%, and plate 3 does not (10.5%). Well done!"},
		{"smallest-plate", []string{"plate", "4", "eat", "exp:0.5s"}, false, "Change only the plate: set eat back to exp:1s."},
		{"smallest-plate", []string{"plate", "4", "bakers", "1"}, false, "Change only the plate: set bakers back to 2."},
		{"fewest-eaters", nil, false, "2 eaters: 1.00 loaves eaten a second, not 2.5 or more yet."},
		{"fewest-eaters", []string{"eaters", "5"}, false, "5 eaters: 2.39 loaves eaten a second, not 2.5 or more yet."},
		{"fewest-eaters", []string{"eaters", "6"}, true,
			"6 eaters: 2.69 loaves eaten a second, 2.5 or more, and 5 eaters do not (2.39). Well done!"},
		{"fewest-eaters", []string{"eaters", "7"}, false,
			"7 eaters: 2.86 loaves eaten a second, 2.5 or more, but 6 eaters do it too (2.69)."},
		{"fewest-eaters", []string{"eaters", "6", "plate", "40"}, false, "Change only the eaters: set plate back to 4."},
		{"fewest-eaters", []string{"eaters", "1"}, false, "1 eater: 0.50 loaves eaten a second, not 2.5 or more yet."},
		{"story", nil, false, "this chapter has no challenge"},
	} {
		t.Run(fmt.Sprint(tc.chapter, tc.change), func(t *testing.T) {
			c, _, ok := ByName(tc.chapter)
			require.True(t, ok)
			ok, why := c.Check(load(t, tc.chapter, tc.change...))
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.why, why)
		})
	}
}

// TestChallengeAnswers checks that each challenge has exactly one answer among the knob's values, by brute
// force over the exact figures, so that the check cannot be passed by a value other than the least.
func TestChallengeAnswers(t *testing.T) {
	for _, c := range Chapters {
		if c.Challenge == nil {
			continue
		}
		t.Run(c.Name, func(t *testing.T) {
			var answers []int
			for n := 0; n <= 40; n++ {
				if ok, _ := c.Check(load(t, c.Name, c.Challenge.Knob, itoa(n))); ok {
					answers = append(answers, n)
				}
			}
			assert.Len(t, answers, 1, "answers: %v", answers)
			start, err := c.Scenario(screen)
			require.NoError(t, err)
			ok, _ := c.Check(start)
			assert.False(t, ok, "the challenge does not start solved")
		})
	}
}

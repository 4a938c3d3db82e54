package tour

import (
	"errors"
	"fmt"
	"testing"

	"github.com/gobakery/bakery/sim"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFromURL(t *testing.T) {
	for _, tc := range []struct {
		value, want string
		bad         bool
	}{
		{"", "story", false},
		{"off", "", false},
		{"plate-of-two", "plate-of-two", false},
		{" no-plate ", "no-plate", false},
		{"fewest-eaters", "fewest-eaters", false},
		{"Plate-of-two", "story", true},
		{"7", "story", true},
		{"none", "story", true},
	} {
		t.Run(fmt.Sprintf("%q", tc.value), func(t *testing.T) {
			g, err := FromURL(tc.value)
			assert.Equal(t, tc.want, g.Name())
			if !tc.bad {
				assert.NoError(t, err)
				return
			}
			var se *sim.SettingError
			require.True(t, errors.As(err, &se))
			assert.Equal(t, `tour "`+tc.value+`": want off or a chapter: story, plate-of-two, no-plate, random-times, `+
				`smallest-plate, fewest-eaters`, err.Error())
		})
	}
}

// TestGuideMoves walks the tour as a reader would; each step is a move, whether it moved, and where the guide
// is after it, as state().tour would show it ("" is null).
func TestGuideMoves(t *testing.T) {
	g := Start()
	for i, step := range []struct {
		move  string
		moved bool
		at    string
	}{
		{"back", false, "story"},
		{"next", true, "plate-of-two"},
		{"next", true, "no-plate"},
		{"back", true, "plate-of-two"},
		{"open random-times", true, "random-times"},
		{"next", true, "smallest-plate"},
		{"next", true, "fewest-eaters"},
		{"next", false, "fewest-eaters"},
		{"leave", false, ""},
		{"next", false, ""},
		{"back", false, ""},
		{"open nonsense", false, ""},
		{"open no-plate", true, "no-plate"},
		{"open off", false, ""},
		{"open ", true, "story"},
	} {
		var moved bool
		switch step.move {
		case "next":
			moved = g.Next()
		case "back":
			moved = g.Back()
		case "leave":
			g.Leave()
		default:
			err := g.Open(step.move[len("open "):])
			moved = err == nil && g.Active()
		}
		assert.Equal(t, step.moved, moved, "step %d: %s", i, step.move)
		assert.Equal(t, step.at, g.Name(), "step %d: %s", i, step.move)
		c, ok := g.Chapter()
		assert.Equal(t, step.at != "", ok)
		assert.Equal(t, step.at, c.Name)
	}
}

func TestPosition(t *testing.T) {
	var off Guide
	n, of := off.Position()
	assert.Equal(t, [2]int{0, 6}, [2]int{n, of}, "the zero Guide is out of the tour")
	g, err := FromURL("no-plate")
	require.NoError(t, err)
	n, of = g.Position()
	assert.Equal(t, [2]int{3, 6}, [2]int{n, of})
}

func ExampleGuide() {
	g, _ := FromURL("plate-of-two")
	for {
		c, _ := g.Chapter()
		n, of := g.Position()
		fmt.Printf("%d/%d %s: %s\n", n, of, c.Title, c.Read)
		if !g.Next() {
			break
		}
	}
	// Output:
	// 2/6 A plate of two: What if the plate held only 2, like make(chan Loaf, 2)?
	// 3/6 No plate at all: No plate, like make(chan Loaf): loaves pass hand to hand.
	// 4/6 Random times: Now each bake and meal takes a random time, 1 s on average.
	// 5/6 Challenge: smallest plate: Find the smallest plate that keeps bakers blocked under 10%.
	// 6/6 Challenge: fewest eaters: Find the fewest eaters who eat 2.5 loaves a second or more.
}

package gocode

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/sim"
)

// maxWidth is as wide as the program may grow and still fit its panel.
const maxWidth = 75

func load(t *testing.T) *Program {
	t.Helper()
	p, err := Load()
	require.NoError(t, err)
	return p
}

// code returns line n (1-based) of the program without its comment or indentation.
func code(p *Program, n int) string {
	l := p.Lines()[n-1]
	if i := strings.Index(l, "//"); i >= 0 {
		l = l[:i]
	}
	return strings.TrimSpace(l)
}

// funcLines returns the first and last line of func name, found as text, not as Load finds them.
func funcLines(t *testing.T, p *Program, name string) (first, last int) {
	t.Helper()
	for i, l := range p.Lines() {
		switch {
		case strings.HasPrefix(l, "func "+name+"("):
			first = i + 1
		case first > 0 && l == "}":
			return first, i + 1
		}
	}
	require.Failf(t, "no func", "the program has no func %s", name)
	return 0, 0
}

// TestStateLines checks each state's line against the statement it must be. Editing one of these statements
// fails here until the table, and if need be Load, say what the panel should show.
func TestStateLines(t *testing.T) {
	p := load(t)
	tests := []struct {
		state sim.State
		fn    string
		code  string
	}{
		{sim.Baking, "baker", "time.Sleep(b.pace())"},
		{sim.WaitingToPut, "baker", "plate <- Loaf{b.name, n}"},
		{sim.Done, "baker", "}"},
		{sim.WaitingForLoaf, "eater", "for loaf := range plate {"},
		{sim.Eating, "eater", "time.Sleep(e.pace())"},
		{sim.CancelledState, "eater", "}"},
	}
	for _, tt := range tests {
		t.Run(tt.state.String(), func(t *testing.T) {
			n, ok := p.Line(tt.state)
			require.True(t, ok)
			first, last := funcLines(t, p, tt.fn)
			assert.Equal(t, tt.code, code(p, n))
			assert.True(t, first < n && n <= last, "line %d is outside func %s, lines %d..%d", n, tt.fn, first, last)
			if tt.code == "}" {
				assert.Equal(t, last, n, "the end of func %s", tt.fn)
			}
		})
	}
	_, ok := p.Line(sim.Gone)
	assert.False(t, ok, "an actor that is gone has no line")
	assert.Len(t, p.StateLines(), len(tests))
}

func TestLoadFindsEachStatementOnce(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		wantErr  string
	}{
		{"no bake", "time.Sleep(b.pace())", "b.pace()", "func baker has 0 statements calling time.Sleep"},
		{"two meals", "time.Sleep(e.pace())", "time.Sleep(e.pace()); time.Sleep(e.pace())",
			"func eater has 2 statements calling time.Sleep"},
		{"no send", "plate <- Loaf{b.name, n}", "_ = Loaf{b.name, n}", "func baker has 0 statements sending on plate"},
		{"a receive, not a range", "for loaf := range plate {", "for loaf := <-plate; ; loaf = <-plate {",
			"func eater has 0 statements ranging over plate"},
		{"no eater", "func eater(", "func diner(", "the program has no func eater"},
		{"not Go", "package main", "package", "gocode: bakery/main.go:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Contains(t, source, tt.old)
			_, err := parse(strings.Replace(source, tt.old, tt.new, 1))
			assert.ErrorContains(t, err, tt.wantErr)
		})
	}
}

func TestLines(t *testing.T) {
	p := load(t)
	assert.Equal(t, strings.Count(p.Source(), "\n"), len(p.Lines()), "one line per newline")
	assert.Equal(t, strings.ReplaceAll(p.Source(), "\t", strings.Repeat(" ", TabWidth)), strings.Join(p.Lines(), "\n")+"\n",
		"gofmt indents with tabs, only at the start of a line")
	assert.LessOrEqual(t, p.Width(), maxWidth, "the program must fit its panel")
	assert.Equal(t, "package main", p.Lines()[2])
}

func TestExpandTabs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"x", "x"},
		{"\tx", "    x"},
		{"\t\tx", "        x"},
		{"ab\tc", "ab  c"},
		{"abcd\te", "abcd    e"},
		{"é\tx", "é   x"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, expandTabs(tt.in), "%q", tt.in)
	}
}

// TestActorLine follows actors of real runs: each is on the line of its state, but for an eater waiting once
// every baker is done, which the program has already sent home.
func TestActorLine(t *testing.T) {
	p := load(t)
	ms := func(n int) sim.Dist { return sim.Dist{Kind: sim.Fixed, A: time.Duration(n) * time.Millisecond} }
	// John makes one loaf in 0.5 s and hands it to Grace, who eats it in 1 s; Lucy gets none.
	oneLoaf := sim.Scenario{Bakers: 1, Eaters: 2, Plate: 1, Bake: ms(500), Eat: ms(1000), Batch: 1, Seed: 1}
	// With no eater, John's first loaf fits on the plate and his second does not.
	noEater := sim.Scenario{Bakers: 1, Eaters: 0, Plate: 1, Bake: ms(500), Eat: ms(1000), Batch: 3, Seed: 1}
	tests := []struct {
		name string
		sc   sim.Scenario
		at   time.Duration
		want map[string]sim.State // where each actor's marker is: on the line of this state
		// ahead are the eaters the simulation keeps waiting but the program has sent home; every other actor's
		// line is that of its state in the simulation.
		ahead []string
	}{
		{"all start", oneLoaf, 250 * time.Millisecond,
			map[string]sim.State{"John": sim.Baking, "Grace": sim.WaitingForLoaf, "Lucy": sim.WaitingForLoaf}, nil},
		{"the plate is closed", oneLoaf, 750 * time.Millisecond,
			map[string]sim.State{"John": sim.Done, "Grace": sim.Eating, "Lucy": sim.CancelledState}, []string{"Lucy"}},
		{"the run is over", oneLoaf, 2 * time.Second,
			map[string]sim.State{"John": sim.Done, "Grace": sim.CancelledState, "Lucy": sim.CancelledState}, nil},
		{"a full plate", noEater, 1250 * time.Millisecond, map[string]sim.State{"John": sim.WaitingToPut}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := sim.New(tt.sc)
			require.NoError(t, err)
			defer s.Close()
			s.RunUntil(tt.at)
			var snap sim.Snapshot
			s.Snapshot(&snap)
			got := map[string]sim.State{}
			for _, a := range append(snap.Bakers, snap.Eaters...) {
				n, ok := p.ActorLine(&snap, a)
				require.True(t, ok, a.Name)
				if slices.Contains(tt.ahead, a.Name) {
					assert.Equal(t, sim.WaitingForLoaf, a.State, a.Name)
				} else {
					assert.Equal(t, tt.want[a.Name], a.State, a.Name)
				}
				for st, m := range p.StateLines() {
					if m == n {
						got[a.Name] = st
					}
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

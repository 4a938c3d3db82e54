package session

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/sim"
)

// frameStep is one frame at 60 frames a second.
const frameStep = time.Second / 60

// tester drives a session on a fake wall clock, frame by frame, from the test's goroutine.
type tester struct {
	t   *testing.T
	s   *Session
	now time.Duration
}

// start makes a session from settings (key, value pairs) and runs its first Update.
func start(t *testing.T, kv ...string) *tester {
	t.Helper()
	cfg, err := ParseConfig(pairs(kv...))
	require.NoError(t, err)
	s, err := New(cfg)
	require.NoError(t, err)
	t.Cleanup(s.Close)
	tt := &tester{t: t, s: s}
	// Past the start-up Updates (see startUpUpdates), without moving the clock: the tests then see the clock
	// as it runs from there on. TestStartUpAdvancesLittle checks the start-up.
	for range startUpUpdates + 1 {
		tt.frame(0)
	}
	return tt
}

func pairs(kv ...string) []sim.Setting {
	var settings []sim.Setting
	for i := 0; i+1 < len(kv); i += 2 {
		settings = append(settings, sim.Setting{Key: kv[i], Value: kv[i+1]})
	}
	return settings
}

// frame moves the fake clock by d and runs one Update.
func (tt *tester) frame(d time.Duration) {
	tt.t.Helper()
	tt.now += d
	require.NoError(tt.t, tt.s.Update(tt.now))
}

// frames runs n Updates a frame apart.
func (tt *tester) frames(n int) {
	tt.t.Helper()
	for range n {
		tt.frame(frameStep)
	}
}

// do queues c and runs one Update, which applies it.
func (tt *tester) do(c Change) {
	tt.t.Helper()
	require.NoError(tt.t, tt.s.Do(c))
	tt.frame(frameStep)
}

// set queues settings as the JavaScript API would and runs one Update.
// stepCaptions takes n steps and returns what each step's caption said.
func (tt *tester) stepCaptions(n int) []string {
	var captions []string
	for range n {
		tt.do(Act(control.Step))
		captions = append(captions, tt.s.Frame().Caption)
	}
	return captions
}

func (tt *tester) set(kv ...string) {
	tt.t.Helper()
	require.NoError(tt.t, tt.s.Set(pairs(kv...)))
	tt.frame(frameStep)
}

// runToEnd runs frames until the run finishes.
func (tt *tester) runToEnd() {
	tt.t.Helper()
	for range 100000 {
		if tt.s.State().Finished {
			return
		}
		tt.frame(MaxCatchUp)
	}
	tt.t.Fatal("the run never finished")
}

package session

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/control"
)

// samplesUntil runs a session of kv at fps frames a second until its clock passes until, and returns every
// sample its frames showed, in order.
func samplesUntil(t *testing.T, until time.Duration, fps int, kv ...string) []Sample {
	t.Helper()
	tt := start(t, kv...)
	var all []Sample
	for tt.s.Frame().Snap.Time < until {
		tt.frame(time.Second / time.Duration(fps))
		for _, x := range tt.s.Frame().History {
			if len(all) == 0 || x.T > all[len(all)-1].T {
				all = append(all, x)
			}
		}
	}
	return all
}

// TestSamplesAreTheSameAtAnySpeedAndFrameRate: the charts' samples are taken at instants of simulated time, so
// a run gives the same ones at 1× and 64×, at 10 and 60 frames a second.
func TestSamplesAreTheSameAtAnySpeedAndFrameRate(t *testing.T) {
	const until = 75 * time.Second // more than SampleWindow, so that the history has moved on
	want := samplesUntil(t, until, 60, "preset", "balanced")
	n := int(until / SampleEvery)
	require.GreaterOrEqual(t, len(want), n)
	for i, x := range want {
		require.Equal(t, time.Duration(i)*SampleEvery, x.T, "one every %v from 0", SampleEvery)
		require.Equal(t, 4, x.Capacity)
	}
	assert.Positive(t, want[n-1].Eaten)
	assert.GreaterOrEqual(t, want[n-1].Received, want[n-1].Eaten)
	for _, tc := range []struct {
		speed string
		fps   int
	}{{"1", 10}, {"64", 60}, {"64", 10}, {"0.25", 60}} {
		t.Run(fmt.Sprintf("%s× at %d fps", tc.speed, tc.fps), func(t *testing.T) {
			until := until
			if tc.speed == "0.25" {
				until = 10 * time.Second
			}
			got := samplesUntil(t, until, tc.fps, "preset", "balanced", "speed", tc.speed)
			m := int(until / SampleEvery)
			require.GreaterOrEqual(t, len(got), m)
			assert.Equal(t, want[:m], got[:m])
		})
	}
}

func TestHistoryCoversTheLastMinute(t *testing.T) {
	tt := start(t, "preset", "crowd", "speed", "64")
	for tt.s.Frame().Snap.Time < 3*SampleWindow {
		tt.frame(frameStep)
	}
	h := tt.s.Frame().History
	require.Len(t, h, keepSamples)
	now := tt.s.Frame().Snap.Time
	assert.LessOrEqual(t, h[len(h)-1].T, now)
	assert.Greater(t, h[len(h)-1].T, now-SampleEvery, "the newest sample is the last instant passed")
	assert.Equal(t, SampleWindow, h[len(h)-1].T-h[0].T)
	for i := 1; i < len(h); i++ {
		assert.Equal(t, SampleEvery, h[i].T-h[i-1].T)
	}
}

func TestANewRunStartsTheSamplesAgain(t *testing.T) {
	tt := start(t, "preset", "balanced", "speed", "8")
	tt.frames(120)
	require.NotEmpty(t, tt.s.Frame().History)
	tt.set("plate", "9") // live: the same run goes on, and its chart with it
	assert.NotEmpty(t, tt.s.Frame().History)
	tt.frames(60)
	h := tt.s.Frame().History
	assert.Equal(t, 9, h[len(h)-1].Capacity, "the new capacity is charted")
	assert.Equal(t, 4, h[0].Capacity, "beside the old one")

	tt.do(Act(control.Reset))
	assert.LessOrEqual(t, len(tt.s.Frame().History), 1, "reset: a new run, sampled from 0")
	tt.frames(30)
	h = tt.s.Frame().History
	require.NotEmpty(t, h)
	assert.Zero(t, h[0].T)
	tt.set("preset", "crowd")
	assert.LessOrEqual(t, len(tt.s.Frame().History), 1, "a preset: a new run")
}

// TestSteppingAndRunToSample: a step or a jump to an instant takes the samples it passes, as running does.
func TestSteppingAndRunToSample(t *testing.T) {
	want := samplesUntil(t, 5*time.Second, 60, "preset", "balanced")

	tt := start(t, "preset", "balanced", "paused", "true")
	for tt.s.Frame().Snap.Time < 5*time.Second {
		tt.do(Act(control.Step))
	}
	stepped := tt.s.Frame().History
	require.GreaterOrEqual(t, len(stepped), 20)
	assert.Equal(t, want[:20], stepped[:20])

	tt = start(t, "preset", "balanced", "paused", "true")
	tt.s.RunTo(5 * time.Second)
	assert.Equal(t, want[:21], tt.s.Frame().History)

	tt = start(t, "preset", "balanced", "paused", "true")
	tt.s.RunTo(3 * runToSampled)
	h := tt.s.Frame().History
	require.Len(t, h, keepSamples, "a long jump samples its end")
	assert.Equal(t, 3*runToSampled, h[len(h)-1].T)
	assert.True(t, tt.s.Frame().Estimates.OK.Throughput, "and estimates from the last hour of it")
}

// TestManyStepsInOneFrameSayTheLast: a script that steps 400 times before a frame gets a caption of the last
// step, not of all 400 (a caption of 30,000 characters ran the page out of memory in the drawing).
func TestManyStepsInOneFrameSayTheLast(t *testing.T) {
	tt := start(t, "preset", "crowd", "paused", "true")
	for range 400 {
		require.NoError(t, tt.s.Do(Act(control.Step)))
	}
	tt.frame(frameStep)
	f := tt.s.Frame()
	require.True(t, f.Stepped)
	assert.Less(t, len(f.Caption), 300, "%s", f.Caption)
	assert.Greater(t, tt.s.State().Events, int64(400))
}

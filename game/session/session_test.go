package session

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/sim"
)

func TestOneSecondIsOneSimulatedSecond(t *testing.T) {
	for _, fps := range []int{60, 30, 10, 4} {
		t.Run(fmt.Sprintf("%d fps", fps), func(t *testing.T) {
			tt := start(t, "preset", "balanced", "speed", "2")
			for range 3 * fps {
				tt.frame(time.Second / time.Duration(fps))
			}
			assert.InDelta(t, 6, tt.s.State().Time, 1e-6, "3 s of the wall clock at 2×, whatever the frame rate")
			assert.Equal(t, 2.0, tt.s.State().RunningSpeed)
			assert.InDelta(t, float64(fps), tt.s.State().FramesPerS, 0.5)
		})
	}
}

func TestStallsAreCappedNotLeapt(t *testing.T) {
	tt := start(t, "preset", "balanced")
	tt.frame(10 * time.Second) // a tab hidden for 10 s, or a frame that took that long
	assert.InDelta(t, MaxCatchUp.Seconds(), tt.s.State().Time, 1e-9)
}

// TestStartUpAdvancesLittle: the first Updates of a session follow the slow frames of a page starting up (a
// second each, without a GPU); each advances the run by at most startUpStep, so that its start is seen.
func TestStartUpAdvancesLittle(t *testing.T) {
	cfg, err := ParseConfig(pairs("preset", "seed"))
	require.NoError(t, err)
	s, err := New(cfg)
	require.NoError(t, err)
	t.Cleanup(s.Close)
	now := time.Duration(0)
	require.NoError(t, s.Update(now))
	for range startUpUpdates - 1 {
		now += time.Second
		require.NoError(t, s.Update(now))
	}
	assert.InDelta(t, float64(startUpUpdates-1)*startUpStep.Seconds(), s.State().Time, 1e-9)
	now += time.Second
	require.NoError(t, s.Update(now))
	assert.InDelta(t, float64(startUpUpdates-1)*startUpStep.Seconds()+1, s.State().Time, 1e-9,
		"then a slow frame is caught up in full, to MaxCatchUp")
}

// TestStartUpIsNotFallingBehind: the start-up Updates are held back on purpose, so the speed shown after them
// is the speed asked for, not "1×, running at 0.75×" as a page once said in its first second.
func TestStartUpIsNotFallingBehind(t *testing.T) {
	cfg, err := ParseConfig(pairs("preset", "seed"))
	require.NoError(t, err)
	s, err := New(cfg)
	require.NoError(t, err)
	t.Cleanup(s.Close)
	now := time.Duration(0)
	for range startUpUpdates {
		now += 300 * time.Millisecond // a browser's slow first frames
		require.NoError(t, s.Update(now))
	}
	for range 20 {
		now += time.Second / 60
		require.NoError(t, s.Update(now))
	}
	assert.Equal(t, 1.0, s.State().RunningSpeed)
}

func TestPauseStepPlay(t *testing.T) {
	tt := start(t)
	tt.do(Act(control.Pause))
	t0 := tt.s.State().Time
	tt.frames(30)
	assert.Equal(t, t0, tt.s.State().Time, "paused")
	assert.True(t, tt.s.State().Paused)

	ev := tt.s.State().Events
	tt.do(Act(control.Step))
	assert.Greater(t, tt.s.State().Events, ev, "something happened")
	assert.LessOrEqual(t, tt.s.State().Events, ev+2, "one step: a baked loaf may be handed over at once")
	assert.True(t, tt.s.State().Paused, "stepping pauses")
	assert.NotEmpty(t, tt.s.Frame().Caption, "a step says what it did")

	tt.do(Act(control.Play))
	tt.frames(30)
	assert.Greater(t, tt.s.State().Time, t0)
}

func TestStepCaptionSaysWhatHappened(t *testing.T) {
	tt := start(t, "paused", "true")
	assert.Equal(t, []string{
		"0:00.00 Grace finds the plate empty and waits",
		"0:00.00 Lucy finds the plate empty and waits",
		"0:00.50 John takes loaf J1 out of the oven; John hands loaf J1 straight to Grace",
		"0:00.50 Mike takes loaf M1 out of the oven; Mike hands loaf M1 straight to Lucy",
	}, tt.stepCaptions(4))
	tt.frame(frameStep)
	assert.False(t, tt.s.Frame().Stepped, "the caption belongs to the frame that stepped")
}

// TestStepFollowsTheActorClicked: with an actor followed, each step runs to that actor's next event and the
// caption tells only what it did; a new run follows no one.
func TestStepFollowsTheActorClicked(t *testing.T) {
	tt := start(t, "paused", "true")
	tt.do(Follow(2)) // Mike
	assert.Equal(t, []string{
		"0:00.50 Mike takes loaf M1 out of the oven; Mike hands loaf M1 straight to Lucy",
		"0:01.00 Mike takes loaf M2 out of the oven; Mike puts loaf M2 on the plate (2/6)",
		"0:01.50 Mike takes loaf M3 out of the oven; Mike puts loaf M3 on the plate (2/6)",
	}, tt.stepCaptions(3))
	tt.do(Act(control.Reset))
	tt.do(Act(control.Step))
	assert.Equal(t, "0:00.00 Grace finds the plate empty and waits", tt.s.Frame().Caption, "a new run follows no one")
}

func TestSuspendedSessionsStandStillButTakeChanges(t *testing.T) {
	tt := start(t, "preset", "fast-bakers")
	tt.frames(120)
	t0 := tt.s.State().Time
	tt.s.Suspend(true)
	tt.frames(60)
	assert.Equal(t, t0, tt.s.State().Time, "suspended sessions do not advance")
	assert.False(t, tt.s.State().Paused, "suspending is not pausing")

	tt.set("plate", "2")
	assert.Equal(t, 2, tt.s.State().Capacity, "a change while hidden is applied and published")
	tt.do(Act(control.Reset))
	st := tt.s.State()
	assert.Zero(t, st.Time)
	assert.Empty(t, st.Plate)
	assert.Empty(t, tt.s.Frame().Snap.Plate, "the frame shows the reset run, not the old plate")

	tt.s.Suspend(false)
	tt.frames(7)
	assert.InDelta(t, 0.1, tt.s.State().Time, 1e-6, "and resume where they left off")
}

func TestPresetsReload(t *testing.T) {
	t.Run("on a finished run", func(t *testing.T) {
		tt := start(t, "preset", "seed")
		tt.runToEnd()
		require.Equal(t, int64(12), tt.s.State().Eaten)
		tt.do(Act(control.PresetAction(0)))
		st := tt.s.State()
		assert.False(t, st.Finished)
		assert.Less(t, st.Time, 0.1)
		assert.Zero(t, st.Eaten)
		assert.Equal(t, "seed", st.Header.Preset)
	})
	t.Run("mid-run", func(t *testing.T) {
		tt := start(t, "preset", "crowd")
		tt.frames(300)
		require.Positive(t, tt.s.State().Eaten)
		tt.do(Act(control.PresetAction(5)))
		st := tt.s.State()
		assert.Less(t, st.Time, 0.1, "the clock starts again")
		assert.Zero(t, st.Eaten, "and the counts")
	})
	t.Run("by set", func(t *testing.T) {
		tt := start(t, "preset", "crowd")
		tt.frames(300)
		tt.set("preset", "crowd")
		assert.Less(t, tt.s.State().Time, 0.1)
	})
}

func TestChangeAfterFinishStartsAgain(t *testing.T) {
	tt := start(t, "preset", "seed")
	tt.runToEnd()
	tt.do(Act(control.BakersUp))
	st := tt.s.State()
	assert.False(t, st.Finished, "the run starts again with the new settings")
	assert.Less(t, st.Time, 0.1)
	assert.Equal(t, "3", st.Settings["bakers"])
	assert.Len(t, st.Bakers, 3, "the state's bakers")
	assert.Len(t, tt.s.Frame().Snap.Bakers, 3, "and the scene's")
	tt.runToEnd()
	assert.Equal(t, int64(18), tt.s.State().Eaten)
}

func TestTimeKeysStepTheRightWay(t *testing.T) {
	tests := []struct {
		bake  string
		a     control.Action
		check func(was, now time.Duration) bool
	}{
		{"0.05s", control.BakeShorter, func(was, now time.Duration) bool { return now < was }},
		{"0.05s", control.BakeLonger, func(was, now time.Duration) bool { return now > was }},
		{"20s", control.BakeLonger, func(was, now time.Duration) bool { return now > was }},
		{"20s", control.BakeShorter, func(was, now time.Duration) bool { return now < was }},
		{"exp:0.05s", control.BakeShorter, func(was, now time.Duration) bool { return now < was }},
		{"1ms", control.BakeShorter, func(was, now time.Duration) bool { return now == was }},
		{"1h", control.BakeLonger, func(was, now time.Duration) bool { return now == was }},
	}
	for _, tc := range tests {
		t.Run(tc.bake+" "+tc.a.String(), func(t *testing.T) {
			tt := start(t, "bake", tc.bake)
			was := tt.s.Frame().Scenario.Bake.Mean()
			tt.do(Act(tc.a))
			now := tt.s.Frame().Scenario.Bake.Mean()
			assert.True(t, tc.check(was, now), "%v → %v", was, now)
		})
	}
}

func TestHeaderTellsTheTruth(t *testing.T) {
	tt := start(t, "preset", "seed")
	h := tt.s.State().Header
	assert.Equal(t, "seed", h.Preset)
	assert.Contains(t, h.String(), "The original story")

	tt.do(Act(control.PlateUp))
	h = tt.s.State().Header
	assert.Empty(t, h.Preset, "after a key change the preset's name and caption go")
	assert.Equal(t, "seed", h.From)
	assert.Equal(t, []Diff{{Key: "plate", Value: "7", Preset: "6"}}, h.Differs)
	assert.Equal(t, "custom (from seed): plate 7 (was 6)", h.String())
	assert.Equal(t, "seed", tt.s.State().Settings["preset"], "the URL still starts from seed")

	tt.set("plate", "6")
	assert.Equal(t, "seed", tt.s.State().Header.Preset, "back to the preset's settings, back to its name")
	tt.set("bakers", "3", "plate", "2")
	assert.Equal(t, "custom (from seed): bakers 3 (was 2) · plate 2 (was 6)", tt.s.State().Header.String())
}

// TestKeyAndSetAgree: the same change made by a key and by set gives the same state.
func TestKeyAndSetAgree(t *testing.T) {
	for _, tc := range []struct {
		a  control.Action
		kv []string
	}{
		{control.PlateUp, []string{"plate", "7"}},
		{control.BakersUp, []string{"bakers", "3"}},
		{control.EatersDown, []string{"eaters", "1"}},
		{control.BakeLonger, []string{"bake", "0.6s"}},
		{control.ToggleRandom, []string{"bake", "exp:0.5s", "eat", "exp:1s"}},
		{control.SpeedUp, []string{"speed", "2"}},
		{control.PresetAction(2), []string{"preset", "fast-bakers"}},
	} {
		t.Run(tc.a.String(), func(t *testing.T) {
			key, set := start(t, "preset", "seed"), start(t, "preset", "seed")
			key.frames(90)
			set.frames(90)
			key.do(Act(tc.a))
			set.set(tc.kv...)
			key.frames(90)
			set.frames(90)
			assert.Equal(t, set.s.State(), key.s.State())
		})
	}
}

func TestSetReportsBadSettingsAndKeepsGoodOnes(t *testing.T) {
	tt := start(t)
	err := tt.s.Set(pairs("bakers", "5", "speed", "1000", "plate", "9", "theme", "dark", "nope", "1", "paused", "yes"))
	require.Error(t, err)
	var keys []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var se *sim.SettingError
		require.ErrorAs(t, e, &se)
		keys = append(keys, se.Key)
	}
	assert.Equal(t, []string{"speed", "nope", "paused"}, keys, "in the order given; \"yes\" is not true or false")
	tt.frame(frameStep)
	st := tt.s.State()
	assert.Equal(t, "5", st.Settings["bakers"])
	assert.Equal(t, "9", st.Settings["plate"])
	assert.Equal(t, 1.0, st.Speed, "a bad speed changes nothing")
	assert.Equal(t, "dark", st.Theme)
	assert.False(t, st.Paused)
	assert.Len(t, st.Actors, 5+2)

	tt.set("eaters", "3", "preset", "rendezvous")
	st = tt.s.State()
	assert.Equal(t, "0", st.Settings["plate"], "the preset first, then the rest")
	assert.Equal(t, "3", st.Settings["eaters"])
}

func TestASettingGivenTwiceIsOneBadSetting(t *testing.T) {
	tt := start(t)
	err := tt.s.Set(pairs("bakers", "3", "plate", "4", "bakers", "5", "plate", "4"))
	var re *sim.RepeatedError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, sim.RepeatedError{Key: "bakers", First: "3", Then: "5"}, *re)
	assert.NotContains(t, err.Error(), "plate", "the same value twice is no conflict")
	tt.frame(frameStep)
	assert.Equal(t, "3", tt.s.State().Settings["bakers"], "the first kept")
	assert.Equal(t, "4", tt.s.State().Settings["plate"])
}

func TestAFloodOfSettingsIsRefusedBriefly(t *testing.T) {
	settings := make([]sim.Setting, 100000)
	for i := range settings {
		settings[i] = sim.Setting{Key: fmt.Sprintf("k%d", i), Value: "x"}
	}
	start := time.Now()
	_, err := Parse(settings)
	took := time.Since(start)
	require.Error(t, err)
	assert.Less(t, len(err.Error()), 200, "one short error, not one per key")
	assert.Contains(t, err.Error(), "at most 64")
	t.Logf("refused 100,000 settings in %v", took)

	_, err = Parse(settings[:MaxSettings])
	assert.Less(t, len(err.Error()), 4000, "a page of errors at most: %d bytes", len(err.Error()))
	assert.Contains(t, err.Error(), fmt.Sprintf("and %d more bad settings", MaxSettings-maxErrors), "the rest counted")
}

func TestStateJSON(t *testing.T) {
	tt := start(t)
	tt.frames(200) // 3.33 s of the seed story
	b, err := json.Marshal(tt.s.State())
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	for _, k := range []string{"time_s", "baked", "eaten", "on_plate", "capacity", "throughput_per_s", "bakers",
		"eaters", "theory", "paused", "speed", "running_speed", "ui", "theme", "reduced_motion", "settings",
		"header", "plate", "actors"} {
		assert.Contains(t, m, k)
	}
	settings := m["settings"].(map[string]any)
	for _, k := range AllKeys() {
		assert.Contains(t, settings, k)
	}
	assert.Equal(t, "auto", settings["theme"], "chosen by nobody: the system's")
	assert.Equal(t, "light", m["theme"], "in effect")
}

func TestEmptyPlateIsAnEmptyList(t *testing.T) {
	tt := start(t)
	b, err := json.Marshal(tt.s.State())
	require.NoError(t, err)
	assert.Contains(t, string(b), `"plate":[]`)
}

func TestListeners(t *testing.T) {
	tt := start(t, "preset", "fast-bakers", "plate", "1")
	got := map[string][]map[string]any{}
	for _, name := range EventNames() {
		require.NoError(t, tt.s.On(name, func(n string, d map[string]any) {
			got[n] = append(got[n], d)
			if n == "plateFull" {
				// Calls back into the session from a listener are safe: they queue.
				assert.GreaterOrEqual(t, tt.s.State().Time, d["t_s"], "the state published is the frame of the event")
				_ = tt.s.Set(pairs("speed", "2"))
			}
		}))
	}
	require.Error(t, tt.s.On("plateFul", func(string, map[string]any) {}))
	tt.frames(300)
	full := got["plateFull"]
	require.NotEmpty(t, full)
	assert.Contains(t, full[0], "baker")
	assert.Contains(t, full[0], "loaf")
	assert.Equal(t, len(full), len(got["blocked"]))
	assert.NotEmpty(t, got["loafEaten"])
	assert.Contains(t, got["loafEaten"][0], "eater")
	assert.NotEmpty(t, got["baked"])
	assert.NotEmpty(t, got["taken"])
	assert.Equal(t, 2.0, tt.s.State().Speed)
}

func TestAPanickingListenerDoesNotStopTheSession(t *testing.T) {
	tt := start(t)
	require.NoError(t, tt.s.On("baked", func(string, map[string]any) { panic("boom") }))
	tt.frames(60)
	assert.Contains(t, tt.s.Frame().Note, "boom")
	assert.Positive(t, tt.s.State().Baked)
}

func TestRunningSpeedSaysWhenTheMachineCannotKeepUp(t *testing.T) {
	tt := start(t, "bakers", "64", "eaters", "64", "bake", "1ms", "eat", "1ms", "batch", "0", "speed", "64")
	tt.frames(120)
	st := tt.s.State()
	assert.Equal(t, 64.0, st.Speed)
	assert.Less(t, st.RunningSpeed, 32.0, "128 actors at 1 ms each cannot run at 64× in a frame's work")
	assert.Positive(t, st.RunningSpeed)
}

// TestConcurrentAPI runs the concurrent methods from other goroutines while Update runs; run it with -race.
func TestConcurrentAPI(t *testing.T) {
	tt := start(t, "preset", "crowd")
	var wg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan error, 16)
	for i := range 4 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				_ = tt.s.State()
				_ = tt.s.Do(Act(control.Action(1 + i%3)))
				if err := tt.s.Set(pairs("plate", fmt.Sprint(i))); err != nil && !strings.Contains(err.Error(), "too many") {
					errs <- err
					return
				}
				tt.s.Suspend(i%2 == 0)
			}
		})
	}
	tt.frames(200)
	close(stop)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestResumingDoesNotLeap: a session hidden for a while, and not updated at all meanwhile (a browser stops
// drawing a hidden tab), goes on from where it stood when shown again, even at 64×.
func TestResumingDoesNotLeap(t *testing.T) {
	tt := start(t, "preset", "crowd", "speed", "64")
	tt.frames(30)
	t0 := tt.s.State().Time
	tt.s.Suspend(true)
	tt.now += 4 * time.Second // hidden: no Update at all
	tt.s.Suspend(false)
	tt.frame(frameStep)
	assert.Equal(t, t0, tt.s.State().Time, "the first frame after showing owes nothing")
	tt.frame(frameStep)
	assert.InDelta(t, t0+64.0/60, tt.s.State().Time, 1e-6, "then one frame's worth at 64×")
}

// TestLongValuesAreClippedInErrors: a value of a million characters is one short error.
func TestLongValuesAreClippedInErrors(t *testing.T) {
	_, err := Parse(pairs("plate", strings.Repeat("x", 1_000_000), strings.Repeat("k", 10_000), "1"))
	require.Error(t, err)
	assert.Less(t, len(err.Error()), 1200)
}

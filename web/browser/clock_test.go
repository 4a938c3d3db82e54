//go:build !js

package browser

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/session"
)

// clockRun is what the page measured over one stretch of wall-clock time.
type clockRun struct {
	// Samples are (performance.now() in ms, bakery.state().time_s, frames_per_s, running_speed), every 250 ms.
	Samples [][4]float64 `json:"samples"`
	// Frames are the times between the page's animation frames over the stretch, in ms.
	Frames []float64 `json:"frames"`
}

// measureClockJS samples the game's simulated clock against the page's wall clock for %d ms, counting
// animation frames meanwhile.
const measureClockJS = `new Promise((done) => {
  const t0 = performance.now(), samples = [];
  const frames = [];
  let last = -1;
  const frame = (now) => {
    if (last >= 0) frames.push(now - last);
    last = now;
    if (performance.now() - t0 < %[1]d) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const sample = () => {
    const s = bakery.state();
    samples.push([performance.now(), s.time_s, s.frames_per_s, s.running_speed]);
  };
  sample();
  const id = setInterval(() => {
    sample();
    if (performance.now() - t0 >= %[1]d) { clearInterval(id); done({samples, frames}); }
  }, 250);
})`

// TestClockKeepsTheWallClock: at 1× one simulated second passes per second of the wall clock, and at 8× eight,
// whatever the frame rate. Over 12 s of the page's own clock, the simulated time must advance by the speed
// times the wall-clock time, within 10%. The state the page reads is the one the last frame published, so each
// end of the measurement may be up to a frame old: at 10 fps, 0.1 s of 12 s, under 1%. The test logs the frame
// rate it saw and, as the session advances by at most session.MaxCatchUp a frame, how much wall-clock time
// frames longer than that lost and the ratio that alone predicts: a failure then says whether slow frames
// explain it.
func TestClockKeepsTheWallClock(t *testing.T) {
	const stretch = 12 * time.Second
	for _, tc := range []struct {
		name, query string
		speed       float64
	}{
		{"1x", "preset=balanced", 1},
		{"8x", "preset=crowd&speed=8", 8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := newBrowser(t)
			b.navigate(t, serveSite(t, site)+"/embed.html?"+tc.query)
			waitReady(t, b)
			// Past the first frames, which compile shaders and draw sprite sheets.
			waitFor(t, b, `bakery.state().time_s > 1`, time.Minute)
			run := eval[clockRun](t, b, fmt.Sprintf(measureClockJS, stretch.Milliseconds()))
			require.GreaterOrEqual(t, len(run.Samples), 2)
			first, last := run.Samples[0], run.Samples[len(run.Samples)-1]
			wall := (last[0] - first[0]) / 1000
			sim := last[1] - first[1]
			require.GreaterOrEqual(t, wall, 10.0, "the measurement must span at least 10 s")
			minFPS, maxFPS, minRun := math.Inf(1), 0.0, math.Inf(1)
			for _, s := range run.Samples[1:] {
				minFPS, maxFPS, minRun = min(minFPS, s[2]), max(maxFPS, s[2]), min(minRun, s[3])
			}
			// The session advances by at most session.MaxCatchUp per frame: frames longer than that lose the rest.
			var lost, longest float64
			for _, ms := range run.Frames {
				lost += max(0, ms/1000-session.MaxCatchUp.Seconds())
				longest = max(longest, ms)
			}
			ratio := sim / wall
			t.Logf("speed %gx: %.2f s simulated in %.2f s of wall clock: %.3fx (%.1f%% of the speed)",
				tc.speed, sim, wall, ratio, 100*ratio/tc.speed)
			t.Logf("frame rate: the page drew %d animation frames, %.1f fps, the longest %.0f ms; the game said %.1f to %.1f fps (frames_per_s); running_speed at least %.2f",
				len(run.Frames), float64(len(run.Frames))/wall, longest, minFPS, maxFPS, minRun)
			t.Logf("frames longer than %v lost %.2f s of wall clock: expected %.3fx", session.MaxCatchUp, lost, tc.speed*(wall-lost)/wall)
			assert.InEpsilon(t, tc.speed, ratio, 0.10, "simulated seconds per wall-clock second")
			assert.Empty(t, b.errors(), "console errors")
		})
	}
}

//go:build !js

package browser

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sweepRun is what the page saw while a sweep ran.
type sweepRun struct {
	Errors    []setError `json:"errors"`
	Ms        float64    `json:"ms"`     // from the call to the first frame that published the sweep done
	Frames    int        `json:"frames"` // animation frames meanwhile
	Longest   float64    `json:"longest"`
	Simulated float64    `json:"simulated"` // simulated seconds the scene ran meanwhile
	Axis      string     `json:"axis"`
	Points    int        `json:"points"`
	Exact     bool       `json:"exact"`
}

// runSweepJS starts a sweep with bakery.sweep(%s) and waits for state().sweep.done, counting the page's
// animation frames meanwhile; it gives up after a minute.
const runSweepJS = `new Promise((done) => {
  let frames = 0, longest = 0, last = performance.now(), running = true;
  const t0 = performance.now(), time0 = bakery.state().time_s;
  const errors = bakery.sweep(%s);
  const check = () => {
    const s = bakery.state();
    const over = performance.now() - t0 > 60000;
    if (!(s.sweep && s.sweep.done) && !over) return;
    running = false;
    const p = s.sweep ? s.sweep.points : [];
    done({errors, ms: over ? -1 : performance.now() - t0, frames, longest, simulated: s.time_s - time0,
      axis: s.sweep ? s.sweep.axis : "", points: p.length, exact: p.length > 0 && p.every((q) => q.exact !== null)});
  };
  const frame = (now) => {
    frames++;
    longest = Math.max(longest, now - last);
    last = now;
    check();
    if (running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})`

// TestSweepRunsBesideTheScene: the default plate sweep of balanced, started by bakery.sweep, finishes within
// 3 s of the wall clock in headless Chromium (no GPU) while the scene goes on drawing and running: the sweep
// works a few milliseconds a frame. The time and the frame rate seen are logged.
func TestSweepRunsBesideTheScene(t *testing.T) {
	b := newBrowser(t)
	b.navigate(t, serveSite(t, site)+"/index.html?preset=balanced&tour=off")
	waitReady(t, b)
	// Past the first frames, which compile shaders and draw sprite sheets.
	waitFor(t, b, `bakery.state().time_s > 1`, time.Minute)
	require.Nil(t, eval[any](t, b, `bakery.state().sweep`))
	before := eval[float64](t, b, `new Promise((done) => {
	  let frames = 0;
	  const t0 = performance.now();
	  const frame = () => { frames++; if (performance.now() - t0 < 2000) requestAnimationFrame(frame); else done(frames / (performance.now() - t0) * 1000); };
	  requestAnimationFrame(frame);
	})`)

	run := eval[sweepRun](t, b, fmt.Sprintf(runSweepJS, `{axis: "plate", from: 0, to: 20}`))
	require.Empty(t, run.Errors)
	require.Positive(t, run.Ms, "the sweep did not finish within a minute")
	secs := run.Ms / 1000
	t.Logf("plate sweep 0..20 of balanced: %.2f s of wall clock, %d animation frames (%.1f a second, the longest %.0f ms; %.1f a second in the 2 s before), the scene ran %.2f simulated s meanwhile",
		secs, run.Frames, float64(run.Frames)/secs, run.Longest, before, run.Simulated)
	assert.Equal(t, "plate", run.Axis)
	assert.Equal(t, 21, run.Points)
	assert.True(t, run.Exact, "exponential times: every point has its exact figures")
	assert.LessOrEqual(t, secs, 3.0, "the issue's bound for the plate sweep on the project's machine")
	assert.GreaterOrEqual(t, float64(run.Frames)/secs, 2.0, "frames kept coming")
	assert.Less(t, run.Longest, 1000.0, "no frame waited a second")
	assert.Greater(t, run.Simulated, 0.5*secs, "the scene kept running at 1×")
	assert.Empty(t, b.errors(), "console errors")
}

// TestTeachingAPI: sweep, tour and record answer like set, [] or errors naming the setting, from a script and
// by postMessage.
func TestTeachingAPI(t *testing.T) {
	b := newBrowser(t)
	b.navigate(t, serveSite(t, site)+"/embed.html?preset=balanced&speed=4")
	waitReady(t, b)
	assert.Nil(t, eval[any](t, b, `bakery.state().tour`), "a URL with a scenario does not open the tour")

	bad := eval[[]setError](t, b, `bakery.sweep({axis: "bakers", from: 0, to: 4})`)
	require.Len(t, bad, 1)
	assert.Equal(t, "axis", bad[0].Key)
	bad = eval[[]setError](t, b, `bakery.sweep({axis: "plate", step: 2})`)
	require.Len(t, bad, 1)
	assert.Equal(t, "step", bad[0].Key)
	assert.Contains(t, bad[0].Allowed, "axis, from, to")
	bad = eval[[]setError](t, b, `bakery.sweep({axis: "plate", from: 9, to: 3})`)
	require.Len(t, bad, 1)
	assert.Equal(t, "to", bad[0].Key)
	assert.Contains(t, bad[0].Allowed, "9..109")
	bad = eval[[]setError](t, b, `bakery.sweep("plate")`)
	require.Len(t, bad, 1)
	assert.Contains(t, bad[0].Message, "such as {axis")

	// Values that throw are bad values, never a crash.
	bad = eval[[]setError](t, b, `bakery.sweep({get from() { throw new Error("no") }})`)
	require.Len(t, bad, 1)
	assert.Equal(t, "from", bad[0].Key)
	bad = eval[[]setError](t, b, `bakery.sweep(new Proxy({}, {ownKeys() { throw new Error("no") }}))`)
	require.Len(t, bad, 1)
	assert.Contains(t, bad[0].Message, "cannot be read")

	bad = eval[[]setError](t, b, `bakery.record({seconds: 100})`)
	require.Len(t, bad, 1)
	assert.Equal(t, "seconds", bad[0].Key)

	assert.Empty(t, eval[[]setError](t, b, `bakery.tour("plate-of-two")`))
	waitFor(t, b, `bakery.state().tour === "plate-of-two" && bakery.state().settings.plate === "2"`, 10*time.Second)
	bad = eval[[]setError](t, b, `bakery.tour("chapter-9")`)
	require.Len(t, bad, 1)
	assert.Equal(t, "tour", bad[0].Key)
	assert.Empty(t, eval[[]setError](t, b, `bakery.tour("off")`))
	waitFor(t, b, `bakery.state().tour === null`, 10*time.Second)

	// By postMessage, from a window that is the page itself: the reply comes back to it.
	reply := eval[map[string]any](t, b, `new Promise((done) => {
	  addEventListener("message", (e) => { if (e.data && e.data.bakery === "reply" && e.data.id === 7) done(e.data); });
	  postMessage({bakery: "sweep", id: 7, sweep: {axis: "eaters", from: 1, to: 4}}, "*");
	})`)
	assert.Equal(t, []any{}, reply["result"])
	waitFor(t, b, `(s => s && s.axis === "eaters" && s.done && s.points.length === 4)(bakery.state().sweep)`, 30*time.Second)
	assert.Empty(t, b.errors(), "console errors")
}

//go:build !js

package browser

import (
	"bytes"
	"encoding/base64"
	"image/gif"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPageRecordingPlaysInRealTime: bakery.record makes a GIF in the page whose frames, however few the page
// could draw, add up to the seconds asked for, and which covers that much of the run at 1×: a page drawing
// 5 frames a second once gave 143 frames of 70 ms covering three times the run.
func TestPageRecordingPlaysInRealTime(t *testing.T) {
	b := newBrowser(t)
	b.navigate(t, serveSite(t, site)+"/embed.html?preset=fast-bakers&tour=off")
	waitReady(t, b)
	// Keep the clip rather than download it.
	eval[any](t, b, `(() => { const make = URL.createObjectURL; window.clip = null;
		URL.createObjectURL = (blob) => { if (blob instanceof Blob) blob.arrayBuffer().then((a) => {
			let s = ""; for (const c of new Uint8Array(a)) s += String.fromCharCode(c); window.clip = btoa(s) });
			return make(blob) };
		addEventListener("bakery:recorded", () => { window.recordedAt = bakery.state().time_s });
		window.recordFrom = bakery.state().time_s })(), 0`)
	require.Empty(t, eval[[]setError](t, b, `bakery.record({seconds: 4})`))
	waitFor(t, b, `window.clip !== null`, 2*time.Minute)
	raw, err := base64.StdEncoding.DecodeString(eval[string](t, b, `window.clip`))
	require.NoError(t, err)
	g, err := gif.DecodeAll(bytes.NewReader(raw))
	require.NoError(t, err)
	total := 0
	for _, d := range g.Delay {
		total += d
	}
	ran := eval[float64](t, b, `window.recordedAt - window.recordFrom`)
	t.Logf("%d frames, %.2f s of GIF, %d bytes; the run went %.2f s meanwhile; %.0f frames a second drawn",
		len(g.Image), float64(total)/100, len(raw), ran, eval[float64](t, b, `bakery.state().frames_per_s`))
	assert.InDelta(t, 4, float64(total)/100, 0.6, "the clip lasts the seconds asked for")
	assert.InDelta(t, 4, ran, 1.5, "and covers that much of a 1× run (plus the frames before it started)")
}

// TestOneClipAtATime: a clip asked for by a script shows on the Record button as one asked for by the button
// does; a second asked for meanwhile is refused, saying why, and once the clip is done another may be made.
func TestOneClipAtATime(t *testing.T) {
	b := newBrowser(t)
	b.navigate(t, serveSite(t, site)+"/index.html?preset=fast-bakers&tour=off")
	waitReady(t, b)
	eval[any](t, b, `(() => { window.recorded = 0; addEventListener("bakery:recorded", () => window.recorded++) })(), 0`)
	require.Empty(t, eval[[]setError](t, b, `bakery.record({seconds: 1})`))
	assert.True(t, eval[bool](t, b, `document.getElementById("record-button").disabled`), "the button says a clip is being made")
	assert.Equal(t, "Recording…", eval[string](t, b, `document.getElementById("record-button").textContent`))
	again := eval[[]setError](t, b, `bakery.record({seconds: 1})`)
	require.Len(t, again, 1)
	assert.Contains(t, again[0].Message, "a clip is being made")
	waitFor(t, b, `window.recorded === 1`, time.Minute)
	assert.False(t, eval[bool](t, b, `document.getElementById("record-button").disabled`))
	assert.Empty(t, eval[[]setError](t, b, `bakery.record({seconds: 1})`), "and then another")
	waitFor(t, b, `window.recorded === 2`, time.Minute)
}

//go:build !js

package browser

import (
	"context"
	"encoding/json"
	"fmt"
	"image"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/sim"
	"github.com/gobakery/bakery/web/serve"
)

func TestIndexLoads(t *testing.T) {
	b := newBrowser(t)
	b.navigate(t, serveSite(t, site)+"/index.html?preset=crowd")
	waitReady(t, b)
	waitFor(t, b, `bakery.state().time_s > 2`, time.Minute)
	img := b.screenshot(t, "index.png")
	bar := eval[int](t, b, `document.querySelector(".bar").offsetHeight`)
	assert.Greater(t, colours(img, image.Rect(0, bar, 1280, 800), 50), 20, "the canvas looks blank")
	// The canvas fills the window below the bar, at one canvas pixel per device pixel.
	size := eval[[]int](t, b, `(c => [c.offsetTop, c.clientWidth, c.clientHeight, c.width, c.height, innerWidth, innerHeight])(document.querySelector("canvas"))`)
	assert.Equal(t, []int{bar, 1280, 800 - bar, 1280, 800 - bar, 1280, 800}, size, "canvas offsetTop, client and backing sizes, window")
	assert.Equal(t, "Bakery: bakers, eaters and a plate", eval[string](t, b, `document.title`))
	assert.Empty(t, b.errors(), "console errors")
	assert.NotContains(t, b.console(), "preload", "the preloaded wasm should be the one fetched")
}

func TestEmbedLoads(t *testing.T) {
	b := newBrowser(t)
	b.navigate(t, serveSite(t, site)+"/embed.html?preset=fast-bakers&ui=minimal&theme=dark&speed=2")
	waitReady(t, b)
	waitFor(t, b, `bakery.state().on_plate >= 3`, time.Minute)
	img := b.screenshot(t, "embed.png")
	assert.Greater(t, colours(img, image.Rect(0, 0, 1280, 800), 50), 20, "the canvas looks blank")
	size := eval[[]int](t, b, `(c => [c.offsetTop, c.clientWidth, c.clientHeight])(document.querySelector("canvas"))`)
	assert.Equal(t, []int{0, 1280, 800}, size, "the canvas fills the page")
	assert.Equal(t, "dark", eval[string](t, b, `document.documentElement.dataset.theme`))
	assert.Empty(t, b.errors(), "console errors")
}

// state is the part of bakery.state() the tests read; the names are those of bakesim -json.
type state struct {
	Time       float64           `json:"time_s"`
	Events     int64             `json:"events"`
	Finished   bool              `json:"finished"`
	Baked      int64             `json:"baked"`
	Eaten      int64             `json:"eaten"`
	OnPlate    int               `json:"on_plate"`
	Capacity   int               `json:"capacity"`
	MaxOnPlate int               `json:"max_on_plate"`
	Paused     bool              `json:"paused"`
	Speed      float64           `json:"speed"`
	Settings   map[string]string `json:"settings"`
	Plate      []string          `json:"plate"`
	Actors     []struct {
		Name, Role, State string
	} `json:"actors"`
}

func TestSeedReachesTwelveEaten(t *testing.T) {
	b := newBrowser(t)
	b.navigate(t, serveSite(t, site)+"/index.html?preset=seed&speed=8")
	waitReady(t, b)
	waitFor(t, b, `bakery.state().eaten >= 12`, 2*time.Minute)
	st := eval[state](t, b, `bakery.state()`)
	assert.Equal(t, int64(12), st.Eaten)
	assert.Equal(t, int64(12), st.Baked)
	assert.True(t, st.Finished)
	assert.Equal(t, 8.0, st.Speed)
	assert.Equal(t, "seed", st.Settings["preset"])
	assert.Equal(t, "6", st.Settings["plate"])
	assert.Len(t, st.Actors, 4)
	// The top-level fields are those of bakesim -json (a sim.Summary), plus what is on screen.
	keys := eval[[]string](t, b, `Object.keys(bakery.state())`)
	s, err := sim.New(sim.MustPreset("seed"))
	require.NoError(t, err)
	defer s.Close()
	data, err := json.Marshal(s.Summary(false))
	require.NoError(t, err)
	var summary map[string]any
	require.NoError(t, json.Unmarshal(data, &summary))
	for k := range summary {
		assert.Contains(t, keys, k)
	}
	for _, k := range []string{"time_s", "baked", "eaten", "on_plate", "paused", "speed", "settings", "plate", "actors"} {
		assert.Contains(t, keys, k)
	}
	assert.Empty(t, b.errors(), "console errors")
}

// setError is one element of what bakery.set returns.
type setError struct {
	Key, Value, Allowed, Message string
}

func TestSetTakesEffect(t *testing.T) {
	b := newBrowser(t)
	b.navigate(t, serveSite(t, site)+"/index.html?preset=fast-bakers&speed=4")
	waitReady(t, b)
	assert.Empty(t, eval[[]setError](t, b, `bakery.set({plate: 2})`))
	waitFor(t, b, `bakery.state().capacity === 2`, 30*time.Second)
	waitFor(t, b, `bakery.state().on_plate === 2`, time.Minute)
	st := eval[state](t, b, `bakery.state()`)
	assert.Equal(t, "2", st.Settings["plate"])
	assert.LessOrEqual(t, len(st.Plate), 2)
	// The address bar follows what is on screen.
	waitFor(t, b, `location.search.includes("plate=2")`, 10*time.Second)
	assert.Equal(t, "?preset=fast-bakers&plate=2&speed=4", eval[string](t, b, `location.search`))

	for _, tc := range []struct {
		name, call string
		want       []setError
	}{
		{"bad value", `bakery.set({plate: -1, bakers: 3})`, []setError{{Key: "plate", Value: "-1"}}},
		{"unknown key", `bakery.set({ovens: 2})`, []setError{{Key: "ovens", Value: "2"}}},
		{"not an object", `bakery.set(42)`, []setError{{}}},
		{"nothing", `bakery.set()`, []setError{{}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := eval[[]setError](t, b, tc.call)
			require.Len(t, got, len(tc.want))
			for i, w := range tc.want {
				assert.Equal(t, w.Key, got[i].Key)
				assert.Equal(t, w.Value, got[i].Value)
				assert.NotEmpty(t, got[i].Message)
				if w.Key != "" {
					assert.NotEmpty(t, got[i].Allowed)
				}
			}
		})
	}
	waitFor(t, b, `bakery.state().settings.bakers === "3"`, 30*time.Second)
	assert.Equal(t, "2", eval[state](t, b, `bakery.state()`).Settings["plate"], "a bad setting changes nothing")

	// The controls.
	eval[any](t, b, `bakery.pause()`)
	waitFor(t, b, `bakery.state().paused`, 10*time.Second)
	before := eval[state](t, b, `bakery.state()`).Events
	eval[any](t, b, `bakery.step()`)
	waitFor(t, b, fmt.Sprintf(`bakery.state().events > %d && bakery.state().paused`, before), 10*time.Second)
	eval[any](t, b, `bakery.reset()`)
	waitFor(t, b, `bakery.state().time_s === 0`, 10*time.Second)
	eval[any](t, b, `bakery.play()`)
	waitFor(t, b, `!bakery.state().paused && bakery.state().time_s > 0`, 10*time.Second)
	assert.Empty(t, b.errors(), "console errors")
}

func TestBadParameterShowsNotice(t *testing.T) {
	b := newBrowser(t)
	b.navigate(t, serveSite(t, site)+"/index.html?preset=seed&bakers=lots&speed=8&theme=purple&eaters=3&eaters=4")
	waitReady(t, b)
	notices := eval[[]string](t, b, `[...document.querySelectorAll(".notice .text")].map(n => n.textContent)`)
	require.Len(t, notices, 3, "one notice per bad parameter")
	assert.Contains(t, notices[0], `"eaters" is given twice, as "3" and as "4". Using the first.`, "a repeat first")
	notices = notices[1:]
	assert.Contains(t, notices[0], `"bakers"`)
	assert.Contains(t, notices[0], `"lots"`)
	assert.Contains(t, notices[0], "whole number")
	assert.Contains(t, notices[1], `"theme"`)
	assert.Contains(t, notices[1], `"purple"`)
	assert.Contains(t, notices[1], "light, dark, or auto")
	// The rest still runs, with the default for the bad ones.
	waitFor(t, b, `bakery.state().eaten >= 3`, time.Minute)
	st := eval[state](t, b, `bakery.state()`)
	assert.Equal(t, "2", st.Settings["bakers"])
	assert.Equal(t, "3", st.Settings["eaters"], "the first of a repeat")
	assert.Equal(t, 8.0, st.Speed)
	b.screenshot(t, "notice.png")
	// The bad ones leave the address bar.
	waitFor(t, b, `!location.search.includes("lots")`, 10*time.Second)
	assert.Equal(t, "?preset=seed&eaters=3&speed=8", eval[string](t, b, `location.search`), "and a repeat's second value")
	// Dismissible.
	eval[any](t, b, `document.querySelector(".notice button").click()`)
	assert.Equal(t, 2, eval[int](t, b, `document.querySelectorAll(".notice").length`))
	assert.Empty(t, b.errors(), "console errors")
}

// hostPage is a tutorial on another origin that embeds embed.html and drives it with postMessage.
const hostPage = `<!doctype html>
<html><head><meta charset="utf-8"><title>A tutorial</title>
<style>body{font:16px system-ui;margin:2rem;max-width:60rem} iframe{border:0;width:800px;height:450px}
.spacer{height:%dpx;background:linear-gradient(#f4f4f4,#ddd)}</style></head>
<body>
<h1>Producers and consumers</h1>
<p>Below, two bakers and two eaters share a plate. Now shrink the plate to 2 and watch the bakers wait.</p>
<div class="spacer"></div>
<iframe id="bakery" src="%s" title="Bakery"></iframe>
<p id="log">No events yet.</p>
<div style="height:2000px"></div>
<script>
  window.got = [];
  window.addEventListener("message", (e) => {
    window.got.push({origin: e.origin, data: e.data});
    if (e.data && e.data.bakery === "event") document.getElementById("log").textContent =
      "Last event: " + e.data.event + " " + JSON.stringify(e.data.data);
  });
  window.send = (msg) => document.getElementById("bakery").contentWindow.postMessage(msg, "*");
  window.reply = (id) => window.got.find((m) => m.data && m.data.bakery === "reply" && m.data.id === id);
</script>
</body></html>`

func TestEmbedCrossOrigin(t *testing.T) {
	b := newBrowser(t)
	base := serveSite(t, site)
	host := serveHTML(t, fmt.Sprintf(hostPage, 0, base+"/embed.html?preset=fast-bakers&speed=4"))
	require.NotEqual(t, origin(t, base), origin(t, host))
	b.navigate(t, host)
	waitFor(t, b, `got.some((m) => m.data && m.data.bakery === "ready")`, time.Minute)
	// Messages of any other shape are ignored: no reply, no error.
	eval[any](t, b, `send("hello"); send({type: "state", id: 0}); send({bakery: 7, id: 0}); send(null)`)
	eval[any](t, b, `send({bakery: "on", id: 1, event: "loafEaten"}); send({bakery: "on", id: 2, event: "plateFull"})`)
	eval[any](t, b, `send({bakery: "set", id: 3, settings: {plate: 2}}); send({bakery: "set", id: 4, settings: {plate: "big"}})`)
	waitFor(t, b, `reply(1) && reply(2) && reply(3) && reply(4)`, 10*time.Second)
	assert.Empty(t, eval[[]setError](t, b, `reply(3).data.result`))
	bad := eval[[]setError](t, b, `reply(4).data.result`)
	require.Len(t, bad, 1)
	assert.Equal(t, "plate", bad[0].Key)
	assert.Equal(t, origin(t, base), eval[string](t, b, `reply(3).origin`))
	// Events arrive.
	waitFor(t, b, `got.some((m) => m.data.bakery === "event" && m.data.event === "loafEaten")`, time.Minute)
	waitFor(t, b, `got.some((m) => m.data.bakery === "event" && m.data.event === "plateFull" && m.data.data.plate === 2)`, time.Minute)
	eval[any](t, b, `send({bakery: "state", id: 5})`)
	waitFor(t, b, `reply(5)`, 10*time.Second)
	st := eval[state](t, b, `reply(5).data.result`)
	assert.Equal(t, 2, st.Capacity)
	assert.Positive(t, st.Eaten)
	eval[any](t, b, `send({bakery: "pause", id: 6}); send({bakery: "bake", id: 7})`)
	waitFor(t, b, `reply(6) && reply(7)`, 10*time.Second)
	assert.Contains(t, eval[string](t, b, `reply(7).data.error`), "bake")
	// Exactly one reply per request of our shape, none for the others.
	assert.Equal(t, 7, eval[int](t, b, `got.filter((m) => m.data.bakery === "reply").length`))
	b.screenshot(t, "host.png")
	assert.Empty(t, b.errors(), "console errors")
}

func TestEmbedIsAGoodCitizen(t *testing.T) {
	b := newBrowser(t)
	base := serveSite(t, site)
	// The iframe starts far below the fold.
	b.navigate(t, serveHTML(t, fmt.Sprintf(hostPage, 3000, base+"/embed.html?preset=balanced&speed=8")))
	state := func() state {
		eval[any](t, b, `window.got = []; send({bakery: "state", id: 1})`)
		waitFor(t, b, `reply(1)`, 10*time.Second)
		return eval[state](t, b, `reply(1).data.result`)
	}
	// Loaded out of view, the game does not advance: its clock stands still.
	waitFor(t, b, `document.getElementById("bakery").contentDocument === null`, 10*time.Second) // cross-origin
	time.Sleep(3 * time.Second)                                                                 // let it load
	t0 := state().Time
	time.Sleep(time.Second)
	assert.Equal(t, t0, state().Time, "an iframe out of view should be suspended")

	// Scrolled into view it runs again, from where it was.
	eval[any](t, b, `document.getElementById("bakery").scrollIntoView()`)
	waitFor(t, b, `(send({bakery: "state", id: 9}), got.some((m) => m.data.id === 9 && m.data.result && m.data.result.time_s > 1))`, time.Minute)

	// A click gives it the keyboard: space pauses; arrow keys and space do not scroll the host page.
	require.False(t, state().Paused)
	y := eval[float64](t, b, `scrollY`)
	box := eval[[]float64](t, b, `(r => [r.x + r.width / 2, r.y + r.height / 2])(document.getElementById("bakery").getBoundingClientRect())`)
	clickAt(t, b, box[0], box[1])
	pressKeys(t, b, kb.ArrowDown+" "+kb.PageDown+kb.ArrowDown)
	time.Sleep(300 * time.Millisecond)
	assert.Equal(t, y, eval[float64](t, b, `scrollY`), "keys pressed in the game scrolled the host page")
	assert.True(t, state().Paused, "space in the game should pause it")
	assert.Empty(t, b.errors(), "console errors")
}

func TestCrashPanel(t *testing.T) {
	require.NoError(t, buildErr)
	for _, tc := range []struct {
		name, wasm, want string
	}{
		{"wasm missing", "", "could not load"},
		{"go panic", "panic", "panicwasm: a deliberate panic"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, n := range []string{"index.html", "bakery.css", "loader.js", "embed-dialog.js", "wasm_exec.js"} {
				data, err := os.ReadFile(filepath.Join(site, n))
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(filepath.Join(dir, n), data, 0o644))
			}
			if tc.wasm == "panic" {
				cmd := exec.Command("go", "build", "-o", filepath.Join(dir, "bakery.wasm"), "../internal/panicwasm")
				cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
				out, err := cmd.CombinedOutput()
				require.NoError(t, err, "%s", out)
			}
			b := newBrowser(t)
			b.navigate(t, serveSite(t, dir)+"/index.html")
			waitFor(t, b, `!document.getElementById("crash").hidden`, time.Minute)
			text := eval[string](t, b, `document.getElementById("crash").innerText`)
			assert.Contains(t, text, tc.want)
			assert.True(t, eval[bool](t, b, `document.getElementById("loading").hidden`), "the loading screen is gone")
			assert.Equal(t, 0, eval[int](t, b, `document.querySelectorAll("canvas").length`), "no frozen canvas")
			assert.Equal(t, "crash-reload", eval[string](t, b, `document.activeElement.id`))
			assert.Len(t, eval[[]setError](t, b, `bakery.set({plate: 2})`), 1, "the API answers, and does not throw")
			b.screenshot(t, "crash-"+strings.ReplaceAll(tc.name, " ", "-")+".png")
			// The reload button reloads.
			eval[any](t, b, `window.marker = 1; setTimeout(() => document.getElementById("crash-reload").click(), 50)`)
			waitReload(t, b, 10*time.Second)
		})
	}
}

// TestWasmMatchesNative checks that the game built for the browser runs the same simulation as the native
// build of the same scenario: at the same point, the same simulated time and the same counts.
func TestWasmMatchesNative(t *testing.T) {
	const steps = 400
	for _, preset := range []string{"balanced", "crowd"} {
		t.Run(preset, func(t *testing.T) {
			b := newBrowser(t)
			b.navigate(t, serveSite(t, site)+"/embed.html?paused=true&preset="+preset)
			waitReady(t, b)
			eval[any](t, b, fmt.Sprintf(`for (let i = 0; i < %d; i++) bakery.step()`, steps))
			// The queued steps all run in the game's next Update, which then publishes the state.
			waitFor(t, b, `bakery.state().events > 0`, 30*time.Second)
			got := eval[state](t, b, `bakery.state()`)
			require.True(t, got.Paused)
			require.Greater(t, got.Events, int64(steps), "each step runs at least one event")

			s, err := sim.New(sim.MustPreset(preset))
			require.NoError(t, err)
			defer s.Close()
			for s.Summary(false).Events < got.Events {
				if _, ok := s.Step(nil); !ok {
					break
				}
			}
			want := s.Summary(false)
			assert.Equal(t, want.Events, got.Events, "events")
			assert.Equal(t, want.Time, got.Time, "time_s")
			assert.Equal(t, want.Baked, got.Baked, "baked")
			assert.Equal(t, want.Eaten, got.Eaten, "eaten")
			assert.Equal(t, want.OnPlate, got.OnPlate, "on_plate")
			assert.Equal(t, want.MaxOnPlate, got.MaxOnPlate, "max_on_plate")
		})
	}
}

func origin(t *testing.T, u string) string {
	t.Helper()
	p, err := url.Parse(u)
	require.NoError(t, err)
	return p.Scheme + "://" + p.Host
}

func TestExamplePage(t *testing.T) {
	b := newBrowser(t)
	b.navigate(t, serveSite(t, site)+"/example.html")
	waitFor(t, b, `document.getElementById("log").textContent.includes("The bakery is open.")`, time.Minute)
	eval[any](t, b, `document.getElementById("shrink").click()`)
	waitFor(t, b, `document.getElementById("log").textContent.includes("The plate now holds 2.")`, 10*time.Second)
	waitFor(t, b, `document.getElementById("readout").textContent.includes("of 2")`, 10*time.Second)
	waitFor(t, b, `document.getElementById("log").textContent.includes("finds the plate full (2 loaves)")`, time.Minute)
	b.screenshot(t, "example.png")
	assert.Empty(t, b.errors(), "console errors")
}

func TestEmbedButton(t *testing.T) {
	b := newBrowser(t)
	base := serveSite(t, site)
	b.navigate(t, base+"/index.html?preset=rendezvous&speed=2")
	waitReady(t, b)
	eval[any](t, b, `bakery.set({bakers: 3})`)
	waitFor(t, b, `location.search.includes("bakers=3")`, 10*time.Second)
	clickAt(t, b, eval[float64](t, b, `(r => r.x + 5)(document.getElementById("embed-button").getBoundingClientRect())`),
		eval[float64](t, b, `(r => r.y + 5)(document.getElementById("embed-button").getBoundingClientRect())`))
	waitFor(t, b, `document.getElementById("embed-dialog").open`, 10*time.Second)
	code := eval[string](t, b, `document.getElementById("embed-code").value`)
	assert.Contains(t, code, `<iframe src="`+base+`/embed.html?preset=rendezvous&amp;bakers=3&amp;speed=2&amp;tour=off"`)
	b.screenshot(t, "embed-dialog.png")
	assert.Empty(t, b.errors(), "console errors")
}

func TestTouch(t *testing.T) {
	b := newBrowser(t)
	b.navigate(t, serveSite(t, site)+"/embed.html?preset=balanced")
	require.NoError(t, chromedp.Do(b.ctx, chromedp.EmulateViewport(1280, 800, chromedp.EmulateTouch)))
	waitReady(t, b)
	require.False(t, eval[bool](t, b, `bakery.state().paused`))
	// On a touch screen the game's controls are larger; the game's own layout says where play/pause is.
	x, y := buttonAt(t, b, topWindow, control.PlayPause)
	require.NoError(t, chromedp.Do(b.ctx, chromedp.TapXY(x, y)))
	waitFor(t, b, `bakery.state().paused`, 10*time.Second)
	b.screenshot(t, "touch.png")
	assert.Equal(t, "none", eval[string](t, b, `getComputedStyle(document.querySelector("canvas")).touchAction`))
}

// slowWriter sends at most 32 KB every 10 ms, about 3 MB/s, so that a test can watch the download.
type slowWriter struct{ http.ResponseWriter }

func (w slowWriter) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 {
		k := min(len(p), 32<<10)
		m, err := w.ResponseWriter.Write(p[:k])
		n += m
		if err != nil {
			return n, err
		}
		w.ResponseWriter.(http.Flusher).Flush()
		p = p[k:]
		time.Sleep(10 * time.Millisecond)
	}
	return n, nil
}

func TestProgressBar(t *testing.T) {
	require.NoError(t, buildErr)
	h := serve.Handler(site)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(slowWriter{w}, r)
	}))
	t.Cleanup(ts.Close)
	b := newBrowser(t)
	b.navigate(t, ts.URL+"/index.html")
	// The bar moves with the bytes received, against the uncompressed size the server announces.
	waitFor(t, b, `(w => w > 20 && w < 80)(parseFloat(document.getElementById("progress").style.width))`, time.Minute)
	text := eval[string](t, b, `document.getElementById("progress-text").textContent`)
	assert.Regexp(t, `^\d+\.\d of 1\d\.\d MB$`, text)
	b.screenshot(t, "loading.png")
	waitReady(t, b)
	assert.True(t, eval[bool](t, b, `document.getElementById("loading").hidden`))
	assert.Empty(t, b.errors(), "console errors")
}

// TestFollowsTheSystemAndTheTab: with no URL choice, the game follows the system's reduced-motion and dark
// preferences; a hidden tab stands still and, shown again, runs on from where it was. Chromium cannot hide a
// headless tab, so the test plays the browser's part: it makes document.visibilityState say "hidden" and fires
// the event a real tab switch fires.
func TestFollowsTheSystemAndTheTab(t *testing.T) {
	b := newBrowser(t)
	media := emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{
		{Name: "prefers-reduced-motion", Value: "reduce"},
		{Name: "prefers-color-scheme", Value: "dark"},
	}}
	require.NoError(t, chromedp.Do(b.ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, media)
		return err
	})))
	b.navigate(t, serveSite(t, site)+"/index.html?preset=balanced&speed=8")
	waitReady(t, b)
	st := eval[map[string]any](t, b, `bakery.state()`)
	assert.Equal(t, true, st["reduced_motion"], "prefers-reduced-motion: reduce turns flights off")
	assert.Equal(t, "dark", st["theme"], "prefers-color-scheme: dark")

	waitFor(t, b, `bakery.state().time_s > 1`, time.Minute)
	eval[any](t, b, `(Object.defineProperty(document, "visibilityState", {get: () => "hidden", configurable: true}),
		document.dispatchEvent(new Event("visibilitychange")), 0)`)
	time.Sleep(200 * time.Millisecond) // a frame or two for the game to see it
	hidden := eval[float64](t, b, `bakery.state().time_s`)
	time.Sleep(time.Second)
	assert.Equal(t, hidden, eval[float64](t, b, `bakery.state().time_s`), "a hidden tab should stand still")
	assert.False(t, eval[bool](t, b, `bakery.state().paused`), "hiding is not pausing: it resumes by itself")

	eval[any](t, b, `(Object.defineProperty(document, "visibilityState", {get: () => "visible", configurable: true}),
		document.dispatchEvent(new Event("visibilitychange")), 0)`)
	waitFor(t, b, fmt.Sprintf(`bakery.state().time_s > %v`, hidden), 30*time.Second)
	assert.Empty(t, b.errors(), "console errors")
}

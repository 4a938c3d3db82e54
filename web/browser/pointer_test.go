//go:build !js

package browser

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/game/layout"
)

// gameView is what buttonAt reads from a page: where the game's canvas is and what the game's layout depends on.
type gameView struct {
	// Box is the canvas's box in CSS pixels of the top-level viewport: x, y, width, height.
	Box [4]float64 `json:"box"`
	// Outside is the body's client size in CSS pixels, what Ebitengine lays the game out in (outsideSize in
	// internal/ui/ui_js.go); the canvas shows that many CSS pixels times the device pixel ratio, drawn over Box.
	Outside  [2]float64 `json:"outside"`
	DPR      float64    `json:"dpr"`
	Bakers   int        `json:"bakers"`
	Eaters   int        `json:"eaters"`
	Capacity int        `json:"capacity"`
	Minimal  bool       `json:"minimal"`
	Tour     bool       `json:"tour"`
	Touch    bool       `json:"touch"`
}

// gameViewJS reads a gameView from the game running in the window that %s evaluates to, in this page or in a
// same-origin iframe of it (at any depth).
const gameViewJS = `((w) => {
  const c = w.document.querySelector("canvas"), r = c.getBoundingClientRect(), s = w.bakery.state();
  let x = r.left, y = r.top;
  for (let f = w; f !== window; f = f.parent) {
    const e = f.frameElement, b = e.getBoundingClientRect();
    x += b.left + e.clientLeft;
    y += b.top + e.clientTop;
  }
  return {box: [x, y, r.width, r.height], outside: [w.document.body.clientWidth, w.document.body.clientHeight],
    dpr: w.devicePixelRatio, bakers: (s.bakers || []).length, eaters: (s.eaters || []).length, capacity: s.capacity,
    minimal: s.ui === "minimal", touch: w.matchMedia("(pointer: coarse)").matches, tour: s.tour != null};
})(%s)`

// topWindow and exampleGame are the windows the game runs in: the page itself, and example.html's iframe.
const (
	topWindow   = "window"
	exampleGame = `document.querySelector("iframe").contentWindow`
)

// buttonAt returns the centre of the on-canvas button that does a, in CSS pixels of the top-level viewport,
// for the game running in window win (topWindow, or a same-origin iframe's window). It asks the game's own
// layout where the button is for what the page shows now, so it follows any change of the layout.
func buttonAt(t *testing.T, b *browser, win string, a control.Action) (x, y float64) {
	t.Helper()
	v := eval[gameView](t, b, fmt.Sprintf(gameViewJS, win))
	require.Positive(t, v.Box[2]*v.Box[3], "the canvas has no area: %+v", v)
	size := layout.Pt(v.Outside[0]*v.DPR, v.Outside[1]*v.DPR)
	l := layout.New(layout.Params{Size: size, Scale: v.DPR, Bakers: v.Bakers, Eaters: v.Eaters,
		Capacity: v.Capacity, Minimal: v.Minimal, Touch: v.Touch, PanelsAuto: true, Tour: v.Tour})
	for _, btn := range l.Buttons {
		if btn.Action != a {
			continue
		}
		c := btn.Rect.Center()
		x, y = v.Box[0]+c.X/size.X*v.Box[2], v.Box[1]+c.Y/size.Y*v.Box[3]
		t.Logf("%v: device pixels %v of %v, page (%.1f, %.1f); canvas at %v, dpr %v", a, btn.Rect, size, x, y, v.Box, v.DPR)
		return x, y
	}
	t.Fatalf("the layout for %+v has no button for %v", v, a)
	return 0, 0
}

// waitFrames waits for n of the page's animation frames, which drive Ebitengine's ticks.
func waitFrames(t *testing.T, b *browser, n int) {
	t.Helper()
	eval[int](t, b, fmt.Sprintf(`new Promise((done) => {
  let n = 0;
  const f = () => (++n >= %d ? done(n) : requestAnimationFrame(f));
  requestAnimationFrame(f);
})`, n))
}

// clickHeld clicks the left mouse button at a point of the viewport as a person does: the pointer moves there,
// the button goes down, stays down for three frames (a person's 100 ms at 30 fps), and comes up. Clicks
// shorter than a frame are TestQuickPresses's.
func clickHeld(t *testing.T, b *browser, x, y float64) {
	t.Helper()
	require.NoError(t, chromedp.Do(b.ctx, chromedp.MouseEvent(chromedp.MouseMoved, x, y)))
	require.NoError(t, chromedp.Do(b.ctx, chromedp.MouseEvent(chromedp.MousePressed, x, y, chromedp.ButtonLeft, chromedp.ClickCount(1))))
	waitFrames(t, b, 3)
	require.NoError(t, chromedp.Do(b.ctx, chromedp.MouseEvent(chromedp.MouseReleased, x, y, chromedp.ButtonLeft, chromedp.ClickCount(1))))
}

// tapHeld touches a point of the viewport with one finger for three frames (see waitFrames); the page must
// have touch emulation on.
func tapHeld(t *testing.T, b *browser, x, y float64) {
	t.Helper()
	touch := func(typ input.DispatchTouchEventType, points []*input.TouchPoint) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: typ, TouchPoints: points})
			return err
		})
	}
	one := 1.0
	zero := 0.0
	require.NoError(t, chromedp.Do(b.ctx, touch(input.DispatchTouchEventTypeTouchStart,
		[]*input.TouchPoint{{X: x, Y: y, RadiusX: &one, RadiusY: &one, Force: &one, ID: &zero}})))
	waitFrames(t, b, 3)
	require.NoError(t, chromedp.Do(b.ctx, touch(input.DispatchTouchEventTypeTouchEnd, []*input.TouchPoint{})))
}

// TestOnCanvasButtons presses the game's own buttons where they are drawn, with the mouse and with a finger, on
// every page: index.html (the canvas below the page's bar), embed.html (the canvas at 0,0), example.html's
// iframe with the host page scrolled, at device pixel ratios 1 and 2, and with the canvas moved and shrunk by
// the page's CSS. Each press must do what the button says: one more baker, then pause, then (by the keyboard,
// which the click gave to the game) play.
func TestOnCanvasButtons(t *testing.T) {
	// scrollToFrame scrolls example.html so that its iframe is 90 px below the top of the viewport.
	const scrollToFrame = `(f => (scrollTo(0, f.getBoundingClientRect().top + scrollY - 90), scrollY))(document.querySelector("iframe"))`
	// scrollPastFrame scrolls example.html so that its iframe's top is 60 px above the viewport: a press then
	// focuses a canvas partly out of view, which must not scroll the page (the button would move away).
	const scrollPastFrame = `(f => (scrollTo(0, f.getBoundingClientRect().top + scrollY + 60), scrollY))(document.querySelector("iframe"))`
	// moveCanvas gives index.html's canvas half the body's size, 300 px from the left and 40 px down: a
	// page's own CSS may put it anywhere.
	const moveCanvas = `(s => (s.textContent = "canvas { width: 50% !important; height: 50% !important; margin: 40px 0 0 300px !important; }",
		document.head.append(s), 1))(document.createElement("style"))`
	// Device pixel ratio 2 quadruples what SwiftShader draws: those pages are smaller, to keep the frames coming.
	for _, tc := range []struct {
		name    string
		page    string // path and query
		win     string // the window the game runs in
		size    [2]int64
		scale   float64
		touch   bool
		prepare string // JavaScript run in the top page once the game runs; its value must be positive
	}{
		{name: "index", page: "/index.html?preset=balanced", win: topWindow, size: [2]int64{1280, 800}, scale: 1},
		{name: "index dpr2 canvas moved", page: "/index.html?preset=balanced", win: topWindow, size: [2]int64{1024, 640}, scale: 2, prepare: moveCanvas},
		{name: "index dpr2 touch", page: "/index.html?preset=balanced", win: topWindow, size: [2]int64{1024, 640}, scale: 2, touch: true},
		{name: "embed dpr2", page: "/embed.html?preset=balanced", win: topWindow, size: [2]int64{1024, 640}, scale: 2},
		{name: "example scrolled", page: "/example.html", win: exampleGame, size: [2]int64{1280, 800}, scale: 1, prepare: scrollToFrame},
		{name: "example scrolled dpr2 touch", page: "/example.html", win: exampleGame, size: [2]int64{1024, 640}, scale: 2, touch: true, prepare: scrollToFrame},
		{name: "example half hidden", page: "/example.html", win: exampleGame, size: [2]int64{1280, 720}, scale: 1, prepare: scrollPastFrame},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := newBrowser(t)
			// Before the page loads: Ebitengine reads devicePixelRatio once.
			opts := []chromedp.EmulateViewportOption{chromedp.EmulateScale(tc.scale)}
			if tc.touch {
				opts = append(opts, chromedp.EmulateTouch)
			}
			require.NoError(t, chromedp.Do(b.ctx, chromedp.EmulateViewport(tc.size[0], tc.size[1], opts...)))
			b.navigate(t, serveSite(t, site)+tc.page)
			game := func(expr string) string { return "(" + tc.win + ").bakery.state()" + expr }
			waitFor(t, b, fmt.Sprintf(`(w => w && w.bakery && w.performance.getEntriesByName("bakery-first-frame").length > 0)(%s)`, tc.win), time.Minute)
			waitFor(t, b, game(`.time_s > 0`), time.Minute)
			if tc.prepare != "" {
				require.Positive(t, eval[float64](t, b, tc.prepare), "preparing the page: %s", tc.prepare)
				waitFrames(t, b, 3)
			}
			press := func(a control.Action) (x, y float64) {
				t.Helper()
				x, y = buttonAt(t, b, tc.win, a)
				if tc.touch {
					tapHeld(t, b, x, y)
				} else {
					clickHeld(t, b, x, y)
				}
				return x, y
			}
			require.False(t, eval[bool](t, b, game(`.paused`)))
			// The page's own listeners still read page positions: only the game's canvas sees its own.
			eval[int](t, b, `(window.seen = [], document.addEventListener("mousedown", (e) => seen.push([e.clientX, e.clientY])), 1)`)

			bakers, err := strconv.Atoi(eval[string](t, b, game(`.settings.bakers`)))
			require.NoError(t, err)
			scrolled := eval[float64](t, b, `scrollY`)
			x, y := press(control.BakersUp)
			assert.Equal(t, scrolled, eval[float64](t, b, `scrollY`), "the press did not scroll the page")
			waitFor(t, b, fmt.Sprintf(`%s === "%d" && %s === %[2]d`, game(`.settings.bakers`), bakers+1, game(`.bakers.length`)), 10*time.Second)
			if tc.win == topWindow && !tc.touch {
				seen := eval[[][2]float64](t, b, `seen`)
				if assert.Len(t, seen, 1, "mousedowns the page saw") {
					assert.InDelta(t, x, seen[0][0], 1, "clientX the page saw")
					assert.InDelta(t, y, seen[0][1], 1, "clientY the page saw")
				}
			}
			b.screenshot(t, "press-"+strings.ReplaceAll(tc.name, " ", "-")+".png")

			press(control.PlayPause)
			waitFor(t, b, game(`.paused`), 10*time.Second)
			assert.True(t, eval[bool](t, b, fmt.Sprintf(`(w => w.document.activeElement === w.document.querySelector("canvas"))(%s)`, tc.win)),
				"the press gives the game the keyboard")
			pressKeys(t, b, " ")
			waitFor(t, b, "!"+game(`.paused`), 10*time.Second)
			assert.Equal(t, strconv.Itoa(bakers+1), eval[string](t, b, game(`.settings.bakers`)), "nothing else changed")
			assert.Empty(t, b.errors(), "console errors")
		})
	}
}

// TestQuickPresses: a click or a tap shorter than one of the game's frames still presses the button. chromedp's
// MouseClickXY and TapXY send the press and the release back to back; at this machine's 10 fps most pairs
// would otherwise fall between two of Ebitengine's ticks, which see only whether the button is down now.
func TestQuickPresses(t *testing.T) {
	for _, tc := range []struct {
		name  string
		touch bool
	}{
		{"click", false},
		{"tap", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := newBrowser(t)
			var opts []chromedp.EmulateViewportOption
			if tc.touch {
				opts = append(opts, chromedp.EmulateTouch)
			}
			require.NoError(t, chromedp.Do(b.ctx, chromedp.EmulateViewport(1280, 800, opts...)))
			b.navigate(t, serveSite(t, site)+"/index.html?preset=balanced")
			waitReady(t, b)
			waitFor(t, b, `bakery.state().time_s > 0`, time.Minute)
			for i := range 4 {
				paused := eval[bool](t, b, `bakery.state().paused`)
				x, y := buttonAt(t, b, topWindow, control.PlayPause)
				if tc.touch {
					require.NoError(t, chromedp.Do(b.ctx, chromedp.TapXY(x, y)))
				} else {
					require.NoError(t, chromedp.Do(b.ctx, chromedp.MouseClickXY(x, y)))
				}
				waitFor(t, b, fmt.Sprintf(`bakery.state().paused === %v`, !paused), 10*time.Second)
				t.Logf("press %d: paused %v", i+1, !paused)
			}
			assert.Empty(t, b.errors(), "console errors")
		})
	}
}

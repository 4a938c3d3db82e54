//go:build !js

package browser

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/palette"
)

// canvasLabel is the canvas's accessible name, set by a11y.js.
const canvasLabel = "Bakery: bakers and eaters sharing a plate. Press H for the keys."

// axNode is what Chromium's accessibility tree holds for the first element sel matches: its computed role, name
// and description, and its properties by name ("live", "focusable", …).
type axNode struct {
	Ignored                 bool
	Role, Name, Description string
	Props                   map[string]string
}

func axOf(t *testing.T, b *browser, sel string) axNode {
	t.Helper()
	nodes, err := chromedp.Run(b.ctx, chromedp.Nodes(chromedp.CSS(sel)))
	require.NoError(t, err, "find %s", sel)
	require.NotEmpty(t, nodes, "no %s", sel)
	no := false
	res, err := chromedp.Run(b.ctx, func(ctx context.Context, tg *chromedp.Target) (accessibility.GetPartialAXTreeResult, error) {
		return cdp.Call(ctx, tg, accessibility.GetPartialAXTree,
			accessibility.GetPartialAXTreeParams{BackendNodeID: nodes[0].BackendNodeID, FetchRelatives: &no})
	})
	require.NoError(t, err, "accessibility tree of %s", sel)
	require.NotEmpty(t, res.Nodes, "%s has no accessibility node", sel)
	n := res.Nodes[0]
	str := func(v *accessibility.Value) string {
		if v == nil || len(v.Value) == 0 {
			return ""
		}
		var s any
		require.NoError(t, json.Unmarshal(v.Value, &s))
		return fmt.Sprint(s)
	}
	out := axNode{Ignored: n.Ignored, Role: str(n.Role), Name: str(n.Name), Description: str(n.Description), Props: map[string]string{}}
	for _, p := range n.Properties {
		out.Props[string(p.Name)] = str(p.Value)
	}
	return out
}

// listen records what the live region says, with when (performance.now(), ms), in window.said. It is installed
// as soon as the page has loaded: long before the game, and so its first announcement, is up.
func listen(t *testing.T, b *browser) {
	t.Helper()
	waitFor(t, b, `document.getElementById("game-announcer")`, 10*time.Second)
	eval[any](t, b, `(() => {
		window.said = [];
		const live = document.getElementById("game-announcer");
		new MutationObserver(() => {
			const text = live.textContent;
			if (text) said.push({t: performance.now(), text});
		}).observe(live, {childList: true, characterData: true, subtree: true});
		return 0;
	})()`)
}

type said struct {
	T    float64 `json:"t"`
	Text string  `json:"text"`
}

func TestCanvasIsNamed(t *testing.T) {
	for _, page := range []string{"index.html?preset=seed&speed=2", "embed.html?preset=fast-bakers&ui=minimal&theme=dark"} {
		t.Run(strings.Split(page, "?")[0], func(t *testing.T) {
			b := newBrowser(t)
			b.navigate(t, serveSite(t, site)+"/"+page)
			waitReady(t, b)
			// The description follows the run, from bakery.state().
			waitFor(t, b, `document.getElementById("game-description").textContent.includes("baker")`, 10*time.Second)

			canvas := axOf(t, b, "canvas")
			assert.False(t, canvas.Ignored, "the canvas is in the accessibility tree")
			assert.Equal(t, "application", canvas.Role)
			assert.Equal(t, canvasLabel, canvas.Name)
			assert.Regexp(t, `^\d+\.\d s: \d+ bakers?, \d+ eaters?, plate \d+ of \d+`, canvas.Description)
			assert.Equal(t, "true", canvas.Props["focusable"])
			assert.Equal(t, 0, eval[int](t, b, `document.querySelector("canvas").tabIndex`), "in the page's tab order")

			live := axOf(t, b, "#game-announcer")
			assert.False(t, live.Ignored, "the live region is in the accessibility tree")
			assert.Equal(t, "polite", live.Props["live"])
			assert.Equal(t, "true", live.Props["atomic"])
			style := eval[[]string](t, b, `(s => [s.display, s.visibility])(getComputedStyle(document.getElementById("game-announcer")))`)
			assert.NotEqual(t, "none", style[0], "display")
			assert.Equal(t, "visible", style[1])
			// Off screen: it takes no room and shows nothing.
			size := eval[[]float64](t, b, `(r => [r.width, r.height])(document.getElementById("game-announcer").getBoundingClientRect())`)
			assert.LessOrEqual(t, size[0]*size[1], 1.0)
			assert.Empty(t, b.errors(), "console errors")
		})
	}
}

// TestAnnouncesPlateFullCalmly: a plate of 1 with fast bakers is full several times a second; the live region
// says so soon, and then at most once every few seconds, never the same sentence twice in a row.
func TestAnnouncesPlateFullCalmly(t *testing.T) {
	b := newBrowser(t)
	b.navigate(t, serveSite(t, site)+"/embed.html?preset=fast-bakers&plate=1&speed=4")
	listen(t, b)
	waitReady(t, b)
	ready := eval[float64](t, b, `performance.getEntriesByName("bakery-first-frame")[0].startTime`)
	waitFor(t, b, `said.some((s) => s.text.startsWith("Plate full"))`, 15*time.Second)
	first := eval[[]said](t, b, `said.filter((s) => s.text.startsWith("Plate full"))`)[0]
	assert.Less(t, first.T-ready, 10_000.0, "plate full said within 10 s of the first frame")
	assert.Contains(t, first.Text, "1 of 1")

	time.Sleep(15 * time.Second)
	all := eval[[]said](t, b, `said`)
	var full int
	for _, s := range all {
		if strings.HasPrefix(s.Text, "Plate full") {
			full++
		}
	}
	assert.GreaterOrEqual(t, full, 1)
	assert.LessOrEqual(t, len(all), 15/3+1, "at most one announcement per 3 s: %v", all)
	for i := 1; i < len(all); i++ {
		assert.GreaterOrEqual(t, all[i].T-all[i-1].T, 3000.0, "announcements %d and %d: %v", i-1, i, all)
		assert.NotEqual(t, all[i-1].Text, all[i].Text, "the same sentence twice in a row")
	}
	t.Logf("said: %v", all)
	assert.Empty(t, b.errors(), "console errors")
}

func TestAnnouncesFinished(t *testing.T) {
	b := newBrowser(t)
	b.navigate(t, serveSite(t, site)+"/index.html?preset=seed&speed=8")
	listen(t, b)
	waitReady(t, b)
	waitFor(t, b, `said.some((s) => s.text.startsWith("Finished"))`, 30*time.Second)
	all := eval[[]said](t, b, `said`)
	assert.Equal(t, "Finished at 6.5 s: 12 loaves baked and eaten.", all[len(all)-1].Text, "finished is the last word")
	waitFor(t, b, `document.getElementById("game-description").textContent.startsWith("Finished")`, 10*time.Second)
	t.Logf("said: %v", all)
	assert.Empty(t, b.errors(), "console errors")
}

// TestQuietEmbed: #announce=off keeps the live region silent; the canvas keeps its name and description, and
// the game does not take the fragment for a bad setting.
func TestQuietEmbed(t *testing.T) {
	b := newBrowser(t)
	b.navigate(t, serveSite(t, site)+"/embed.html?preset=fast-bakers&plate=1&speed=4#announce=off")
	listen(t, b)
	waitReady(t, b)
	waitFor(t, b, `bakery.state().time_s > 3`, time.Minute)
	time.Sleep(2 * time.Second)
	assert.Empty(t, eval[[]said](t, b, `said`))
	assert.Equal(t, canvasLabel, axOf(t, b, "canvas").Name)
	assert.Contains(t, eval[string](t, b, `document.getElementById("game-description").textContent`), "plate")
	assert.Equal(t, 0, eval[int](t, b, `document.querySelectorAll(".notice").length`), "no notice")
	assert.Equal(t, "#announce=off", eval[string](t, b, `location.hash`))
	assert.Empty(t, b.errors(), "console errors")
}

// TestCanvasFocusRing: the keyboard reaches the game with Tab and shows where it is, in a ring that contrasts
// with the game's edge; Tab leaves the game again; a click gives the game the keyboard without a ring, and the
// next Tab into it shows the ring again.
func TestCanvasFocusRing(t *testing.T) {
	for _, theme := range []string{"light", "dark"} {
		t.Run(theme, func(t *testing.T) {
			b := newBrowser(t)
			b.navigate(t, serveSite(t, site)+"/index.html?preset=balanced&theme="+theme)
			waitReady(t, b)
			ring := func() []string {
				return eval[[]string](t, b, `(s => [s.outlineStyle, s.outlineWidth, s.outlineColor])(getComputedStyle(document.querySelector("canvas")))`)
			}
			tabToCanvas(t, b)
			r := ring()
			assert.Equal(t, []string{"solid", "3px"}, r[:2], "outline style and width")
			b.screenshot(t, "focus-"+theme+".png")
			// The ring is drawn inside the canvas's edge, on the game's floor.
			floor := palette.Light.Background
			if theme == "dark" {
				floor = palette.Dark.Background
			}
			assert.GreaterOrEqual(t, palette.Contrast(cssColour(t, r[2]), floor), 3.0, "ring %s on the game's floor", r[2])

			pressKeys(t, b, kb.Tab)
			assert.False(t, eval[bool](t, b, `document.activeElement instanceof HTMLCanvasElement`), "Tab leaves the game")

			box := eval[[]float64](t, b, `(r => [r.x + r.width / 2, r.y + r.height / 2])(document.querySelector("canvas").getBoundingClientRect())`)
			clickAt(t, b, box[0], box[1])
			require.True(t, eval[bool](t, b, `document.activeElement instanceof HTMLCanvasElement`), "a click gives the game the keyboard")
			assert.Equal(t, "none", ring()[0], "no ring after a click")
			pressKeys(t, b, " ")
			assert.Equal(t, "none", ring()[0], "no ring when a game key follows the click")

			tabToCanvas(t, b)
			assert.Equal(t, "solid", ring()[0], "the ring again when Tab brings the keyboard back")
			assert.Empty(t, b.errors(), "console errors")
		})
	}
}

// tabToCanvas moves the focus off the game and presses Tab until the game has it.
func tabToCanvas(t *testing.T, b *browser) {
	t.Helper()
	eval[any](t, b, `document.activeElement.blur(), 0`)
	for range 10 {
		pressKeys(t, b, kb.Tab)
		if eval[bool](t, b, `document.activeElement instanceof HTMLCanvasElement`) {
			return
		}
	}
	t.Fatalf("ten presses of Tab did not reach the game; the focus is on %s", eval[string](t, b, `document.activeElement.outerHTML.slice(0, 80)`))
}

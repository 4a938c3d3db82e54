//go:build !js

package browser

import (
	"fmt"
	"image/color"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/palette"
)

// pageColours are the page's text and control colours on their grounds, as [what, fg selector, fg property,
// ground selector, ground property, minimum contrast]: text 4.5:1, the edges of controls 3:1 (WCAG 2.2 AA).
const pageColours = `[
	["title in the bar", ".bar h1", "color", ".bar", "background-color", 4.5],
	["paragraph in the bar", ".bar p", "color", ".bar", "background-color", 4.5],
	["Embed button", "#embed-button", "color", "#embed-button", "background-color", 4.5],
	["Embed button's edge", "#embed-button", "border-top-color", ".bar", "background-color", 3],
	["API link", ".bar a.button", "color", ".bar a.button", "background-color", 4.5],
	["API link's edge", ".bar a.button", "border-top-color", ".bar", "background-color", 3],
	["loading title", "#loading-title", "color", "#loading .card", "background-color", 4.5],
	["loading text", "#loading .card p", "color", "#loading .card", "background-color", 4.5],
	["progress in words", "#progress-text", "color", "#loading .card", "background-color", 4.5],
	["progress bar", "#progress", "background-color", "#loading .progress", "background-color", 3],
	["crash title", "#crash-title", "color", ".crash", "background-color", 4.5],
	["crash's last words", "#crash-detail", "color", "#crash-detail", "background-color", 4.5],
	["Reload button", "#crash-reload", "color", "#crash-reload", "background-color", 4.5],
	["notice", ".notice .text", "color", ".notice", "background-color", 4.5],
	["notice's dismiss button", ".notice button", "color", ".notice", "background-color", 4.5],
	["dialog title", "dialog.embed h2", "color", "dialog.embed", "background-color", 4.5],
	["dialog text", "dialog.embed p", "color", "dialog.embed", "background-color", 4.5],
	["dialog link", "dialog.embed a", "color", "dialog.embed", "background-color", 4.5],
	["snippet", "#embed-code", "color", "#embed-code", "background-color", 4.5],
	["snippet's edge", "#embed-code", "border-top-color", "dialog.embed", "background-color", 3],
	["Copy button", "#embed-copy", "color", "#embed-copy", "background-color", 4.5],
	["Close button", "#embed-close", "color", "#embed-close", "background-color", 4.5],
	["Close button's edge", "#embed-close", "border-top-color", "dialog.embed", "background-color", 3],
	["focus ring in the bar", ":root", "--accent", ".bar", "background-color", 3],
	["focus ring on the page", ":root", "--accent", "body", "background-color", 3]
]`

// TestPageContrast checks the colours of index.html's bar, loading card, crash panel, notices and Embed dialog
// as Chromium computes them, in both themes.
func TestPageContrast(t *testing.T) {
	for _, theme := range []string{"light", "dark"} {
		t.Run(theme, func(t *testing.T) {
			b := newBrowser(t)
			b.navigate(t, serveSite(t, site)+"/index.html?preset=seed&theme="+theme)
			waitFor(t, b, `window.bakeryPage && document.documentElement.dataset.theme === "`+theme+`"`, 10*time.Second)
			eval[any](t, b, `bakeryPage.notice("A notice, for its colours."), 0`)
			type row struct {
				What    string
				Fg, Bg  string
				Minimum float64
			}
			rows := eval[[]row](t, b, `(() => {
				const value = (sel, prop) => {
					const el = document.querySelector(sel);
					if (!el) return "missing " + sel;
					return getComputedStyle(el).getPropertyValue(prop).trim();
				};
				return `+pageColours+`.map(([what, fs, fp, bs, bp, min]) =>
					({What: what, Fg: value(fs, fp), Bg: value(bs, bp), Minimum: min}));
			})()`)
			require.NotEmpty(t, rows)
			for _, r := range rows {
				t.Run(r.What, func(t *testing.T) {
					c := palette.Contrast(cssColour(t, r.Fg), cssColour(t, r.Bg))
					t.Logf("%s on %s: %.2f", r.Fg, r.Bg, c)
					assert.GreaterOrEqual(t, c, r.Minimum, "%s on %s", r.Fg, r.Bg)
				})
			}
		})
	}
}

// cssColour parses an opaque colour as Chromium computes it, "rgb(43, 33, 24)", or as a style sheet writes a
// custom property, "#b06325".
func cssColour(t *testing.T, s string) color.RGBA {
	t.Helper()
	var r, g, b uint8
	if _, err := fmt.Sscanf(s, "rgb(%d, %d, %d)", &r, &g, &b); err == nil {
		return color.RGBA{r, g, b, 0xFF}
	}
	if _, err := fmt.Sscanf(s, "#%02x%02x%02x", &r, &g, &b); err == nil && len(s) == 7 {
		return color.RGBA{r, g, b, 0xFF}
	}
	t.Fatalf("%q: want an opaque colour, rgb(r, g, b) or #rrggbb", s)
	return color.RGBA{}
}

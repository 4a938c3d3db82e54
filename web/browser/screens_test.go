//go:build !js

package browser

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// TestDocsScreenshots draws the pictures in docs/screenshots that show the page at the sizes its users have:
// a laptop (1280×720), an embed (800×450) and a phone held upright (390×844, device pixel ratio 3, touch).
// It runs only when BAKERY_SCREENSHOTS names the folder to write them to (make screenshots does).
func TestDocsScreenshots(t *testing.T) {
	dir := os.Getenv("BAKERY_SCREENSHOTS")
	if dir == "" {
		t.Skip("set BAKERY_SCREENSHOTS to a folder to draw the README's browser pictures")
	}
	for _, sc := range []struct {
		name, page string
		w, h       int64
		dpr        float64
		touch      bool
		wait       string
	}{
		{"page-1280x720", "index.html?preset=fast-bakers&plate=2&tour=off", 1280, 720, 1, false, "bakery.state().time_s > 6"},
		{"embed-800x450", "embed.html?preset=balanced&tour=off", 800, 450, 1, false, "bakery.state().time_s > 8"},
		{"phone-390x844", "index.html?preset=seed&plate=3&tour=off", 390, 844, 3, true, "bakery.state().time_s > 3.4"},
		{"page-whatif", "index.html?preset=balanced&panels=whatif&tour=off", 1280, 720, 1, false,
			"bakery.state().sweep && bakery.state().sweep.done"},
		{"page-tour", "index.html?tour=plate-of-two", 1280, 720, 1, false,
			"bakery.state().time_s > 2.4 && (bakery.pause(), true)"}, // paused while a baker holds a loaf
	} {
		t.Run(sc.name, func(t *testing.T) {
			b := newBrowser(t)
			opts := []chromedp.EmulateViewportOption{chromedp.EmulateScale(sc.dpr)}
			if sc.touch {
				opts = append(opts, chromedp.EmulateTouch)
			}
			require.NoError(t, chromedp.Do(b.ctx, chromedp.EmulateViewport(sc.w, sc.h, opts...)))
			b.navigate(t, serveSite(t, site)+"/"+sc.page)
			waitReady(t, b)
			waitFor(t, b, sc.wait, 2*time.Minute)
			waitFrames(t, b, 3)
			buf, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
			require.NoError(t, err)
			file := filepath.Join(dir, sc.name+".png")
			require.NoError(t, os.WriteFile(file, buf, 0o644))
			t.Logf("wrote %s", file)
		})
	}
}

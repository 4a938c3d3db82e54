//go:build !js

package browser

import (
	"bytes"
	"context"
	"encoding/base64"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/palette"
)

// copyFirstFrame runs in the page before anything else: after each animation frame's callbacks (Ebitengine
// draws in one, synchronously), it copies the WebGL canvas into a 2D one, until a copy is not blank: that is
// the first frame the game drew, as a PNG in window.firstFrame.
const copyFirstFrame = `(() => {
  const raf = window.requestAnimationFrame.bind(window);
  const copy = () => {
    const c = document.querySelector("canvas");
    if (window.firstFrame || !c || c.width <= 16) return;
    const o = document.createElement("canvas");
    o.width = c.width; o.height = c.height;
    const x = o.getContext("2d");
    x.drawImage(c, 0, 0);
    const d = x.getImageData(0, 0, o.width, o.height).data;
    for (let i = 3; i < d.length; i += 4 * 97) {
      if (d[i] !== 0) { window.firstFrame = o.toDataURL("image/png"); return; }
    }
  };
  window.requestAnimationFrame = (cb) => raf((t) => { cb(t); copy(); });
})();`

// TestFirstFrameShowsTheScene: the first frame the game draws already shows the scene — the table, the plate, the
// bakers and the eaters — not an empty table; its words, controls and panels follow over the next frames.
func TestFirstFrameShowsTheScene(t *testing.T) {
	b := newBrowser(t)
	require.NoError(t, chromedp.Do(b.ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: copyFirstFrame})
		return err
	})))
	b.navigate(t, serveSite(t, site)+"/embed.html?preset=seed&tour=off")
	waitReady(t, b)
	waitFor(t, b, `window.firstFrame`, time.Minute)
	data := eval[string](t, b, `window.firstFrame`)
	raw, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(data, "data:image/png;base64,"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(artifacts(t), "first-frame.png"), raw, 0o644))
	img, err := png.Decode(bytes.NewReader(raw))
	require.NoError(t, err)

	// Where the game's layout puts things on this screen, at the first frame (before any change).
	size := layout.Pt(float64(img.Bounds().Dx()), float64(img.Bounds().Dy()))
	dpr := eval[float64](t, b, `devicePixelRatio`)
	l := layout.New(layout.Params{Size: size, Scale: dpr, Bakers: 2, Eaters: 2, Capacity: 6, PanelsAuto: true})
	th := palette.Light
	at := func(p layout.Point) [3]uint8 {
		r, g, bl, _ := img.At(int(p.X), int(p.Y)).RGBA()
		return [3]uint8{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8)}
	}
	near := func(got [3]uint8, want [3]uint8) bool {
		for i := range 3 {
			if d := int(got[i]) - int(want[i]); d < -24 || d > 24 {
				return false
			}
		}
		return true
	}
	rgb := func(c interface{ RGBA() (r, g, b, a uint32) }) [3]uint8 {
		r, g, bl, _ := c.RGBA()
		return [3]uint8{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8)}
	}
	assert.True(t, near(at(l.Plate.Center), rgb(th.Plate)), "the plate: %v", at(l.Plate.Center))
	tableProbe := layout.Pt(l.Table.Min.X+30*l.Unit, l.Table.Max.Y-30*l.Unit)
	assert.True(t, near(at(tableProbe), rgb(th.Table)), "the table: %v", at(tableProbe))
	for i, a := range append(l.Bakers.Actors[:2:2], l.Eaters.Actors[:2]...) {
		cheek := a.Head.Center.Add(layout.Pt(0, a.Head.R*0.45)) // below the eyes
		assert.True(t, near(at(cheek), rgb(th.Skin)), "actor %d's face: %v", i, at(cheek))
	}
	t.Logf("first frame: %v, plate %v, table %v", img.Bounds().Size(), at(l.Plate.Center), at(tableProbe))
}

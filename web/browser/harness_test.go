//go:build !js

package browser

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/web/serve"
)

// The folder the tests serve, built once by TestMain: the pages of web/ and the game built from the module
// root (or the wasm named by $BAKERY_WASM, so that make builds it once).
var site string

// buildErr is why the site could not be built; every test then fails with it.
var buildErr error

func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		os.Exit(m.Run())
	}
	dir, err := os.MkdirTemp("", "bakery-site-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	site = dir
	// Brotli at quality 1: these tests look at behaviour, not sizes (web/measure reports those).
	buildErr = serve.Build(serve.Options{Root: "../..", Out: dir, Static: "..", Wasm: os.Getenv("BAKERY_WASM"), Quality: 1})
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// chromiumPath finds the browser. In CI (CI=true) a missing browser fails the test; elsewhere it skips it.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("browser tests skipped in -short mode")
	}
	path, err := Chromium()
	if err == nil {
		return path
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%v: the browser tests cannot run, and in CI that is a failure", err)
	}
	t.Skipf("%v; skipping the browser tests", err)
	return ""
}

// serveSite serves the built site on a random loopback port, with the same handler as bakeserve.
func serveSite(t *testing.T, dir string) string {
	t.Helper()
	require.NoError(t, buildErr, "building the site")
	ts := httptest.NewServer(serve.Handler(dir))
	t.Cleanup(ts.Close)
	return ts.URL
}

// serveHTML serves one page at / on another random port: another origin.
func serveHTML(t *testing.T, html string) string {
	t.Helper()
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, html)
	}))
	t.Cleanup(ts.Close)
	return ts.URL
}

// browser is one headless Chromium tab, with what its pages wrote to the console.
type browser struct {
	ctx context.Context
	mu  sync.Mutex
	log []chromedp.ConsoleMessage
}

// newBrowser starts Chromium for one test, 1280×800, with a fresh profile; it ends with the test.
func newBrowser(t *testing.T) *browser {
	t.Helper()
	chromium := chromiumPath(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, Options(chromium, t.TempDir())...)
	t.Cleanup(acancel)
	cctx, ccancel := chromedp.NewContext(actx)
	t.Cleanup(ccancel)
	b := &browser{ctx: cctx}
	// Start the browser and subscribe to the console before any page loads.
	require.NoError(t, chromedp.Do(cctx, chromedp.EmulateViewport(1280, 800), chromedp.Navigate("about:blank")))
	msgs := chromedp.Console(cctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.log = append(b.log, m)
			b.mu.Unlock()
		}
	}()
	return b
}

// errors lists the console errors and uncaught exceptions so far.
func (b *browser) errors() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []string
	for _, m := range b.log {
		if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
			out = append(out, fmt.Sprintf("%s: %s (%s:%d)", m.Type, m.Text, m.URL, m.Line))
		}
	}
	return out
}

// console is everything the pages wrote, for failure messages.
func (b *browser) console() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var s strings.Builder
	for _, m := range b.log {
		fmt.Fprintf(&s, "%s: %s\n", m.Type, m.Text)
	}
	return s.String()
}

func (b *browser) navigate(t *testing.T, url string) {
	t.Helper()
	require.NoError(t, chromedp.Do(b.ctx, chromedp.Navigate(url)), "navigate to %s", url)
}

// eval evaluates a JavaScript expression in the page and decodes its JSON value into T.
func eval[T any](t *testing.T, b *browser, expr string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	require.NoError(t, err, "evaluate %s\nconsole:\n%s", expr, b.console())
	return v
}

// waitFor evaluates a JavaScript expression every 50 ms until it is truthy; the timeout only guards against a
// hang. Errors from a page that is between JavaScript contexts (loading, adding a frame) are retried.
func waitFor(t *testing.T, b *browser, expr string, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	var err error
	for time.Now().Before(deadline) {
		var ok bool
		ok, err = chromedp.Run(b.ctx, chromedp.Evaluate[bool]("!!("+expr+")"))
		if err == nil && ok {
			return
		}
		if b.ctx.Err() != nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("waiting %v for %s: last error %v\nconsole:\n%s", timeout, expr, err, b.console())
}

// waitReady waits for the game's first frame.
func waitReady(t *testing.T, b *browser) {
	t.Helper()
	waitFor(t, b, `performance.getEntriesByName("bakery-first-frame").length > 0 || !document.getElementById("crash").hidden`, time.Minute)
	crashed := eval[bool](t, b, `!document.getElementById("crash").hidden`)
	require.False(t, crashed, "the page shows its crash panel: %s\nconsole:\n%s",
		eval[string](t, b, `document.getElementById("crash").innerText`), b.console())
}

// screenshot saves the viewport as a PNG artifact named name and returns the image.
func (b *browser) screenshot(t *testing.T, name string) image.Image {
	t.Helper()
	buf, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	dir := artifacts(t)
	require.NoError(t, os.WriteFile(filepath.Join(dir, name), buf, 0o644))
	t.Logf("screenshot: %s", filepath.Join(dir, name))
	img, err := png.Decode(bytes.NewReader(buf))
	require.NoError(t, err)
	return img
}

// artifacts is where screenshots go: $ARTIFACTS, else web/testdata/artifacts (ignored by git).
func artifacts(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("..", "testdata", "artifacts")
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	return dir
}

// colours counts the distinct colours in r of img, up to limit: a blank canvas has one.
func colours(img image.Image, r image.Rectangle, limit int) int {
	seen := map[[3]uint32]bool{}
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y += 2 {
		for x := r.Min.X; x < r.Max.X; x += 2 {
			c1, c2, c3, _ := img.At(x, y).RGBA()
			seen[[3]uint32{c1 >> 8, c2 >> 8, c3 >> 8}] = true
			if len(seen) >= limit {
				return len(seen)
			}
		}
	}
	return len(seen)
}

// clickAt clicks the left mouse button at a point of the viewport.
func clickAt(t *testing.T, b *browser, x, y float64) {
	t.Helper()
	require.NoError(t, chromedp.Do(b.ctx, chromedp.MouseClickXY(x, y)))
}

// pressKeys types keys (runes, with kb's names for special keys) into whatever has the focus.
func pressKeys(t *testing.T, b *browser, keys string) {
	t.Helper()
	require.NoError(t, chromedp.Do(b.ctx, chromedp.KeyEvent(keys)))
}

// waitReload waits for the page to have been loaded again, which ends the JavaScript contexts polls run in.
func waitReload(t *testing.T, b *browser, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		v, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](`document.readyState !== "loading" && window.marker === undefined`))
		if err == nil && v {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("the page did not reload within %v", timeout)
}

//go:build !js

package main

import (
	"cmp"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/gobakery/bakery/web/browser"
	"github.com/gobakery/bakery/web/serve"
)

// marks are the loader's and the program's performance marks, in order. The bare page leaves the same ones.
var marks = []string{"bakery-wasm-loaded", "bakery-wasm-compiled", "bakery-go-main", "bakery-game-made", "bakery-first-frame"}

// firstFrameMark is the mark both pages leave in the animation frame after their first Update and Draw.
const firstFrameMark = "bakery-first-frame"

// site serves a built Bakery folder at / and the bare page's folder at /bare/, on a random loopback port.
type site struct {
	srv  *http.Server
	base string
}

// serveSite starts serving bakery, with the project's own handler, and bare, with a plain file server that
// also says no-cache. Both are served uncompressed, as the issue measured and so that the two pages differ only
// in what they run: the request's Accept-Encoding is dropped, so Handler never picks a .br or .gz twin.
func serveSite(bakery, bare string) (*site, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	files := http.StripPrefix("/bare", http.FileServer(http.Dir(bare)))
	mux := http.NewServeMux()
	mux.Handle("/", serve.Handler(bakery))
	mux.Handle("/bare/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	}))
	plain := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Header.Del("Accept-Encoding")
		mux.ServeHTTP(w, r)
	})
	s := &site{srv: &http.Server{Handler: plain, ReadHeaderTimeout: 10 * time.Second}, base: "http://" + ln.Addr().String()}
	go s.srv.Serve(ln)
	return s, nil
}

func (s *site) close() { s.srv.Close() }

// bakeryURL is Bakery's page, page being a file of the built folder such as embed.html.
func (s *site) bakeryURL(page string) string { return s.base + "/" + page }

// bareURL is the bare page.
func (s *site) bareURL() string { return s.base + "/bare/" + bareHTML }

// firstFrames loads Bakery's page and the bare page alternately, runs times each, each load in a fresh browser
// with an empty profile, prints every load's marks, and prints both medians and their ratio.
func firstFrames(chromium string, s *site, page string, runs int) error {
	pages := []struct{ name, url string }{{"bakery " + page, s.bakeryURL(page)}, {"bare", s.bareURL()}}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "run\tpage\twasm loaded\tcompiled\tgo main\tgame made\tfirst frame\tafter game made\t")
	firsts := make([][]float64, len(pages))
	afters := make([][]float64, len(pages))
	before := loadAvg()
	for i := range runs {
		// Alternate which page goes first, so that neither always follows the other's browser exit.
		for k := range pages {
			j := (k + i) % len(pages)
			at, err := timeLoad(chromium, pages[j].url)
			if err != nil {
				return fmt.Errorf("run %d, %s: %w", i+1, pages[j].name, err)
			}
			fmt.Fprintf(w, "%d\t%s\t", i+1, pages[j].name)
			for _, m := range marks {
				fmt.Fprintf(w, "%s\t", ms(at, m))
			}
			after := at[firstFrameMark] - at["bakery-game-made"]
			fmt.Fprintf(w, "%.0f ms\t\n", after)
			firsts[j] = append(firsts[j], at[firstFrameMark])
			afters[j] = append(afters[j], after)
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Printf("\nmedians of %d alternating cold loads each (target for Bakery: first frame under 1500 ms):\n", runs)
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "page\tfirst frame\truns\tafter game made\truns\t")
	for j, p := range pages {
		fmt.Fprintf(w, "%s\t%.0f ms\t%s\t%.0f ms\t%s\t\n", p.name, median(firsts[j]), spread(firsts[j]), median(afters[j]), spread(afters[j]))
	}
	fmt.Fprintf(w, "ratio bakery/bare\t%.2f×\t\t%.2f×\t\t\n", median(firsts[0])/median(firsts[1]), median(afters[0])/median(afters[1]))
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Printf("%s, headless, WebGL on SwiftShader (no GPU), loopback, uncompressed\n", chromium)
	fmt.Printf("load average before and after: %s / %s on %d CPUs (other work on the machine slows both pages)\n",
		before, loadAvg(), runtime.NumCPU())
	return nil
}

// loadAvg is the system's one-minute load average, or "?" where /proc/loadavg is missing.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(b)); err == nil && len(f) > 0 {
		return f[0]
	}
	return "?"
}

// ms formats mark m of at, or a dash if the page did not leave it.
func ms(at map[string]float64, m string) string {
	if v, ok := at[m]; ok {
		return fmt.Sprintf("%.0f ms", v)
	}
	return "—"
}

// median is the middle value of xs (the mean of the middle two for an even count); xs is not modified.
func median(xs []float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 0 {
		return (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return s[len(s)/2]
}

// spread is "min–max" of xs in milliseconds.
func spread(xs []float64) string {
	return fmt.Sprintf("%.0f–%.0f ms", slices.Min(xs), slices.Max(xs))
}

// tab is one fresh headless Chromium, with an empty profile, and its one tab.
type tab struct {
	ctx     context.Context
	cancels []context.CancelFunc
	profile string
}

// openTab starts chromium with a fresh profile and extra options, and opens about:blank in a 1280×800
// viewport.
func openTab(chromium string, extra ...chromedp.ExecAllocatorOption) (*tab, error) {
	profile, err := os.MkdirTemp("", "bakery-measure-profile-")
	if err != nil {
		return nil, err
	}
	t := &tab{profile: profile}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	actx, acancel := chromedp.NewExecAllocator(ctx, append(browser.Options(chromium, profile), extra...)...)
	cctx, ccancel := chromedp.NewContext(actx)
	t.ctx, t.cancels = cctx, []context.CancelFunc{ccancel, acancel, cancel}
	if err := chromedp.Do(cctx, chromedp.EmulateViewport(1280, 800), chromedp.Navigate("about:blank")); err != nil {
		t.close()
		return nil, err
	}
	return t, nil
}

// close stops the browser and removes its profile.
func (t *tab) close() {
	for _, c := range t.cancels {
		c()
	}
	os.RemoveAll(t.profile)
}

// timeLoad opens url in a fresh browser and returns the page's performance marks once the first frame is drawn.
// A load that fails is tried once more in another fresh browser: now and then the DevTools protocol loses the
// page's JavaScript context while it navigates ("Cannot find context with specified id").
func timeLoad(chromium, url string) (map[string]float64, error) {
	var err error
	for try := range 2 {
		if try > 0 {
			fmt.Fprintf(os.Stderr, "measure: %s: %v; loading it again\n", url, err)
		}
		var t *tab
		if t, err = openTab(chromium); err != nil {
			continue
		}
		var at map[string]float64
		at, err = t.load(url)
		t.close()
		if err == nil {
			return at, nil
		}
	}
	return nil, err
}

// load navigates to url, waits for the first frame (or the page's end) and returns the performance marks, in
// milliseconds from navigation start.
func (t *tab) load(url string) (map[string]float64, error) {
	if err := chromedp.Do(t.ctx, chromedp.Navigate(url)); err != nil {
		return nil, err
	}
	done := `performance.getEntriesByName("` + firstFrameMark + `").length > 0 ||
		document.getElementById("crash")?.hidden === false || window.bareStopped === true`
	if _, err := chromedp.Run(t.ctx, chromedp.Poll[bool](done,
		chromedp.WithPollingInterval(10*time.Millisecond), chromedp.WithPollingTimeout(time.Minute))); err != nil {
		return nil, err
	}
	type mark struct {
		Name      string  `json:"name"`
		StartTime float64 `json:"startTime"`
	}
	ms, err := chromedp.Run(t.ctx, chromedp.Evaluate[[]mark](`performance.getEntriesByType("mark").map(m => ({name: m.name, startTime: m.startTime}))`))
	if err != nil {
		return nil, err
	}
	at := map[string]float64{}
	for _, m := range ms {
		at[m.Name] = cmp.Or(at[m.Name], m.StartTime)
	}
	if _, ok := at[firstFrameMark]; !ok {
		return nil, fmt.Errorf("the page stopped before its first frame")
	}
	return at, nil
}

//go:build !js

// Measure reports what the browser version of Bakery costs: the size on the wire of everything index.html
// loads (raw, gzip, brotli, against the 3.0 MB brotli budget) and the time from navigation to the first drawn
// frame in headless Chromium on loopback, the median of several cold loads. It prints; it asserts nothing.
//
//	go run ./web/measure [-runs 5] [-dist dir] [-wasm file]
//
// Without -dist it builds the site as make dist does (brotli at quality 11 takes about a minute).
package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/gobakery/bakery/web/browser"
	"github.com/gobakery/bakery/web/serve"
)

// budget is the most the page may load, brotli-compressed.
const budget = 3_000_000

// pageFiles are what index.html loads.
var pageFiles = []string{"index.html", "bakery.css", "wasm_exec.js", "loader.js", "embed-dialog.js", serve.WasmName}

// marks are the loader's and the program's performance marks, in order.
var marks = []string{"bakery-wasm-loaded", "bakery-wasm-compiled", "bakery-go-main", "bakery-game-made", "bakery-first-frame"}

func main() {
	runs := flag.Int("runs", 5, "cold page loads to take the median of")
	dist := flag.String("dist", "", "measure this already built folder (make dist) instead of building one")
	wasm := flag.String("wasm", "", "build the site around this already built wasm")
	flag.Parse()
	if err := run(*runs, *dist, *wasm); err != nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		os.Exit(1)
	}
}

func run(runs int, dist, wasm string) error {
	if dist == "" {
		dir, err := os.MkdirTemp("", "bakery-measure-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		fmt.Fprintln(os.Stderr, "building the site (brotli quality 11 takes about a minute)…")
		if err := serve.Build(serve.Options{Out: dir, Static: "web", Wasm: wasm}); err != nil {
			return err
		}
		dist = dir
	}
	if err := sizes(dist); err != nil {
		return err
	}
	return firstFrame(dist, runs)
}

// sizes prints the table of sizes, reading the .gz and .br twins the build wrote.
func sizes(dir string) error {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "file\traw\tgzip\tbrotli\t")
	var total [3]int64
	for _, n := range pageFiles {
		var row [3]int64
		for i, suffix := range []string{"", ".gz", ".br"} {
			st, err := os.Stat(filepath.Join(dir, n+suffix))
			if err != nil {
				return err
			}
			row[i] = st.Size()
			total[i] += st.Size()
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t\n", n, mb(row[0]), mb(row[1]), mb(row[2]))
	}
	fmt.Fprintf(w, "total\t%s\t%s\t%s\t\n", mb(total[0]), mb(total[1]), mb(total[2]))
	if err := w.Flush(); err != nil {
		return err
	}
	verdict := "within"
	if total[2] > budget {
		verdict = "OVER"
	}
	fmt.Printf("brotli on the wire: %s, %s the %s budget\n\n", mb(total[2]), verdict, mb(budget))
	return nil
}

func mb(n int64) string { return fmt.Sprintf("%.3f MB", float64(n)/1e6) }

// firstFrame loads index.html runs times, each in a fresh browser with an empty cache, and prints when each
// mark was reached, in milliseconds from navigation start, and the median time to the first frame.
func firstFrame(dir string, runs int) error {
	chromium, err := browser.Chromium()
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: serve.Handler(dir), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	url := "http://" + ln.Addr().String() + "/index.html"

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "run\twasm loaded\tcompiled\tgo main\tgame made\tfirst frame\t")
	var firsts []float64
	for i := range runs {
		at, err := load(chromium, url)
		if err != nil {
			return fmt.Errorf("run %d: %w", i+1, err)
		}
		fmt.Fprintf(w, "%d\t", i+1)
		for _, m := range marks {
			fmt.Fprintf(w, "%.0f ms\t", at[m])
		}
		fmt.Fprintln(w)
		firsts = append(firsts, at["bakery-first-frame"])
	}
	if err := w.Flush(); err != nil {
		return err
	}
	slices.Sort(firsts)
	fmt.Printf("navigation to first frame, median of %d: %.0f ms (target under 1500 ms)\n", runs, firsts[len(firsts)/2])
	fmt.Printf("%s, headless, WebGL on SwiftShader (no GPU), loopback\n", chromium)
	return nil
}

// load opens url in a fresh headless browser and returns the page's performance marks once the first frame
// is drawn.
func load(chromium, url string) (map[string]float64, error) {
	profile, err := os.MkdirTemp("", "bakery-measure-profile-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(profile)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	actx, acancel := chromedp.NewExecAllocator(ctx, browser.Options(chromium, profile)...)
	defer acancel()
	cctx, ccancel := chromedp.NewContext(actx)
	defer ccancel()
	if err := chromedp.Do(cctx, chromedp.EmulateViewport(1280, 800), chromedp.Navigate("about:blank")); err != nil {
		return nil, err
	}
	if err := chromedp.Do(cctx, chromedp.Navigate(url)); err != nil {
		return nil, err
	}
	if _, err := chromedp.Run(cctx, chromedp.Poll[bool](
		`performance.getEntriesByName("bakery-first-frame").length > 0 || !document.getElementById("crash").hidden`,
		chromedp.WithPollingInterval(10*time.Millisecond), chromedp.WithPollingTimeout(time.Minute))); err != nil {
		return nil, err
	}
	type mark struct {
		Name      string  `json:"name"`
		StartTime float64 `json:"startTime"`
	}
	ms, err := chromedp.Run(cctx, chromedp.Evaluate[[]mark](`performance.getEntriesByType("mark").map(m => ({name: m.name, startTime: m.startTime}))`))
	if err != nil {
		return nil, err
	}
	at := map[string]float64{}
	for _, m := range ms {
		at[m.Name] = cmp.Or(at[m.Name], m.StartTime)
	}
	if _, ok := at["bakery-first-frame"]; !ok {
		return nil, fmt.Errorf("the page crashed before its first frame")
	}
	return at, nil
}

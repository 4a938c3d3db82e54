//go:build !js

// Measure prints what the browser version of Bakery costs: its size on the wire, its time to the first frame
// beside a bare Ebitengine page's, and, with -profile, where the time between the game being made and its
// first frame goes.
//
//	go run ./web/measure [-runs 5] [-page embed.html] [-quality 11] [-root .] [-dist dir] [-wasm file]
//	                     [-profile bakery.json [-top 25]]
//	go run ./web/measure -summary bakery.json
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/gobakery/bakery/web/browser"
	"github.com/gobakery/bakery/web/serve"
)

// budget is the most the page may load, brotli-compressed.
const budget = 3_000_000

// pageFiles are what index.html loads.
var pageFiles = []string{"index.html", "bakery.css", "wasm_exec.js", "loader.js", "a11y.js", "embed-dialog.js", serve.WasmName}

// options are the command's flags.
type options struct {
	runs, quality, top int
	page, dist, wasm   string
	root, summary      string
	profile            string
}

func main() {
	var o options
	flag.IntVar(&o.runs, "runs", 5, "cold loads of each page to take the median of (0: no timing)")
	flag.StringVar(&o.page, "page", "embed.html", "Bakery's page to time: embed.html is all canvas, as the bare page is; index.html has a header above a smaller one")
	flag.IntVar(&o.quality, "quality", 11, "brotli quality of the build, 1..11; only the size table depends on it")
	flag.StringVar(&o.dist, "dist", "", "measure this already built folder (make dist) instead of building one")
	flag.StringVar(&o.wasm, "wasm", "", "build the site around this already built wasm")
	flag.StringVar(&o.root, "root", ".", "build Bakery from the module in this folder (a clean copy, say, while the tree is being edited)")
	flag.StringVar(&o.profile, "profile", "", "also trace two cold loads of each page (one without, one with V8's sampler), write Bakery's sampled trace to this file and the rest beside it, and summarise them")
	flag.IntVar(&o.top, "top", 25, "functions to list in each profile summary")
	flag.StringVar(&o.summary, "summary", "", "only summarise this trace, written by -profile earlier, and exit")
	flag.Parse()
	do := run
	if o.summary != "" {
		do = summarizeFile
	}
	if err := do(o); err != nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		os.Exit(1)
	}
}

// summarizeFile summarises the trace o.summary, with its timeline twin if it is a sampled trace that has one.
func summarizeFile(o options) error {
	sampled, timeline := o.summary, timelineFile(o.summary)
	if strings.HasSuffix(o.summary, ".timeline.json") {
		sampled, timeline = "", o.summary
	} else if _, err := os.Stat(timeline); err != nil {
		timeline = o.summary
	}
	return summarize(os.Stdout, o.summary, sampled, timeline, o.top)
}

// run builds the site as make dist does (brotli at quality 11 takes about a minute; the timings do not depend
// on it, as both pages are served uncompressed) and the bare page (web/internal/barepage) with the same flags,
// prints the size table, then loads the two pages alternately, each load in a fresh headless Chromium, and
// prints each one's median time from navigation to the first frame and their ratio. With -profile it then
// builds both keeping wasm function names, traces two cold loads of each (the timeline without V8's sampler,
// with perf on the GPU process where it is installed, then the functions with the sampler), writes the traces
// and summarises the time between their bakery-game-made and bakery-first-frame marks.
func run(o options) error {
	chromium, err := browser.Chromium()
	if err != nil {
		return err
	}
	dist := o.dist
	if dist == "" {
		fmt.Fprintf(os.Stderr, "building the site (brotli quality %d; 11 takes about a minute)…\n", o.quality)
		if dist, err = buildBakery(o.root, shippedLdflags, o.wasm, o.quality); err != nil {
			return err
		}
		defer os.RemoveAll(dist)
	}
	if err := sizes(dist); err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(dist, o.page)); err != nil {
		return fmt.Errorf("-page: %w", err)
	}
	if o.quality != 11 && o.dist == "" {
		fmt.Printf("(brotli at quality %d, not make dist's 11: the brotli column is larger than shipped)\n\n", o.quality)
	}
	bare, err := buildBare(shippedLdflags)
	if err != nil {
		return err
	}
	defer os.RemoveAll(bare)
	fmt.Printf("bare page: %s raw (web/internal/barepage, -trimpath -ldflags=\"%s\")\n\n",
		wasmSize(filepath.Join(bare, bareWasm)), shippedLdflags)
	shipped, err := serveSite(dist, bare)
	if err != nil {
		return err
	}
	defer shipped.close()
	if o.runs > 0 {
		if err := firstFrames(chromium, shipped, o.page, o.runs); err != nil {
			return err
		}
	}
	if o.profile != "" {
		return profile(chromium, o, shipped)
	}
	return nil
}

// profile traces two cold loads of each page: the shipped builds served by shipped without V8's sampler (the
// timeline), then builds keeping the wasm name section with the sampler (the functions); it writes the traces
// and summarises the window between their game-made and first-frame marks.
func profile(chromium string, o options, shipped *site) error {
	fmt.Fprintln(os.Stderr, "building both pages with wasm function names for the profile…")
	dist, err := buildBakery(o.root, profiledLdflags, "", 1)
	if err != nil {
		return err
	}
	defer os.RemoveAll(dist)
	bare, err := buildBare(profiledLdflags)
	if err != nil {
		return err
	}
	defer os.RemoveAll(bare)
	named, err := serveSite(dist, bare)
	if err != nil {
		return err
	}
	defer named.close()
	bareOut := strings.TrimSuffix(o.profile, ".json") + "-bare.json"
	for _, p := range []struct{ name, shipped, named, out string }{
		{"bakery " + o.page, shipped.bakeryURL(o.page), named.bakeryURL(o.page), o.profile},
		{"bare Ebitengine page", shipped.bareURL(), named.bareURL(), bareOut},
	} {
		fmt.Fprintf(os.Stderr, "tracing two cold loads of %s, without and with V8's sampler…\n", p.name)
		if _, err := traceLoad(chromium, p.shipped, timelineFile(p.out), false); err != nil {
			return fmt.Errorf("tracing %s: %w", p.name, err)
		}
		if _, err := traceLoad(chromium, p.named, p.out, true); err != nil {
			return fmt.Errorf("tracing %s: %w", p.name, err)
		}
		if err := summarize(os.Stdout, p.name, p.out, timelineFile(p.out), o.top); err != nil {
			return fmt.Errorf("summarising %s: %w", p.out, err)
		}
	}
	return nil
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

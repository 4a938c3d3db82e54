//go:build !js

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/io"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// traceCategories are what the trace records: the tasks of every thread of every process, the page's
// performance marks, wasm compilation, and the GPU process's spans: its GL calls, ANGLE's shader translation,
// render passes and readbacks.
var traceCategories = []string{
	"toplevel",
	"devtools.timeline",
	"disabled-by-default-devtools.timeline",
	"disabled-by-default-devtools.timeline.frame",
	"blink.user_timing",
	"v8",
	"v8.execute",
	"v8.wasm",
	"gpu",
	"gpu.angle",
	"disabled-by-default-gpu.service",
}

// traceTail is how long the trace goes on after the first-frame mark, so that the GPU process's work for the
// first frame is in it.
const traceTail = 300 * time.Millisecond

// samplerCategory turns on V8's sampling profiler. It names the functions that run, but it adds work to the
// main thread (V8 logs every wasm function it compiles: wasm.LogCode spans), so the timeline is taken without
// it.
const samplerCategory = "disabled-by-default-v8.cpu_profiler"

// timelineFile is where the trace without the sampler is written, beside the sampled trace out.
func timelineFile(out string) string {
	return strings.TrimSuffix(out, ".json") + ".timeline.json"
}

// traceLoad takes a Chromium performance trace of one cold load of url in a fresh browser, writes it to out
// (Chrome's JSON trace format: load it in chrome://tracing, Perfetto or DevTools' Performance panel) and
// returns the page's marks. With sampled, V8's sampler is on; without it, where Linux perf is installed, perf
// samples the GPU process into perfFile(out).
func traceLoad(chromium, url, out string, sampled bool) (map[string]float64, error) {
	// Only with this switch does the GPU process wrap each GL call it makes in a span (TraceGLAPI::glDrawElements).
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return nil, err
	}
	t, err := openTab(chromium, chromedp.Flag("enable-gpu-service-tracing", true))
	if err != nil {
		return nil, err
	}
	defer t.close()
	cats := traceCategories
	if sampled {
		cats = append(slices.Clip(cats), samplerCategory)
	}
	complete := chromedp.Events(t.ctx, tracing.TracingComplete)
	_, err = chromedp.Call(t.ctx, tracing.Start, tracing.StartParams{
		TransferMode: tracing.StartTransferModeReturnAsStream,
		StreamFormat: tracing.StreamFormatJSON,
		TraceConfig: &tracing.TraceConfig{
			RecordMode:         tracing.TraceConfigRecordModeRecordAsMuchAsPossible,
			IncludedCategories: cats,
			ExcludedCategories: []string{"*"},
		},
	})
	if err != nil {
		return nil, fmt.Errorf("starting the trace: %w", err)
	}
	var perf *perfRun
	if !sampled {
		perf = startPerf(t.ctx, perfFile(out))
	}
	at, loadErr := t.load(url)
	if loadErr == nil {
		loadErr = chromedp.Do(t.ctx, chromedp.Sleep(traceTail))
	}
	if err := perf.stop(); err != nil {
		fmt.Fprintln(os.Stderr, "measure: perf record:", err)
	}
	if _, err := chromedp.Call(t.ctx, tracing.End, cdp.Empty{}); err != nil {
		return nil, fmt.Errorf("ending the trace: %w", err)
	}
	var stream io.StreamHandle
	for ev, err := range complete {
		if err != nil {
			return nil, fmt.Errorf("waiting for the trace: %w", err)
		}
		if ev.DataLossOccurred {
			fmt.Fprintln(os.Stderr, "measure: the trace buffer overflowed; the trace is incomplete")
		}
		stream = ev.Stream
		break
	}
	if err := save(t, stream, out); err != nil {
		return nil, err
	}
	return at, loadErr
}

// save copies the trace stream into the file out.
func save(t *tab, stream io.StreamHandle, out string) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	for {
		chunk, err := chromedp.Call(t.ctx, io.Read, io.ReadParams{Handle: stream, Size: 1 << 20})
		if err != nil {
			f.Close()
			return fmt.Errorf("reading the trace: %w", err)
		}
		if _, err := f.Write(chunk.Data); err != nil {
			f.Close()
			return err
		}
		if chunk.EOF {
			break
		}
	}
	if _, err := chromedp.Call(t.ctx, io.Close, io.CloseParams{Handle: stream}); err != nil {
		f.Close()
		return fmt.Errorf("closing the trace stream: %w", err)
	}
	return f.Close()
}

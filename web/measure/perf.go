//go:build !js

package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/systeminfo"
	"github.com/chromedp/chromedp"
)

// perfHz is how often perf samples the GPU process; each sample stands for 1/perfHz of a second of CPU time.
const perfHz = 999

// A perfRun is Linux perf sampling the browser's GPU process, which the trace sees only from outside: inside
// it SwiftShader both compiles shaders and pipelines to machine code and runs that code to draw, on threads
// of its own that leave no trace events. Sampling tells the two apart by where the CPU was: in SwiftShader's
// generated code, or in the library that generates it.
type perfRun struct {
	cmd    *exec.Cmd
	stderr bytes.Buffer
}

// startPerf starts perf record on the GPU process of the browser of ctx, writing to out, with timestamps on
// the trace's clock (CLOCK_MONOTONIC). Where perf is missing or cannot attach, it says so on stderr and
// returns nil: the trace is taken all the same.
func startPerf(ctx context.Context, out string) *perfRun {
	path, err := exec.LookPath("perf")
	if err != nil {
		fmt.Fprintln(os.Stderr, "measure: no perf (apt-get install linux-perf): the GPU process is summarised from its trace alone")
		return nil
	}
	info, err := chromedp.CallBrowser(ctx, systeminfo.GetProcessInfo, cdp.Empty{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "measure: no GPU process to sample:", err)
		return nil
	}
	var pid int64
	for _, p := range info.ProcessInfo {
		if p.Type == "GPU" {
			pid = p.ID
		}
	}
	if pid == 0 {
		fmt.Fprintln(os.Stderr, "measure: the browser reports no GPU process to sample")
		return nil
	}
	os.Remove(out) // else perf keeps it as out.old
	p := &perfRun{cmd: exec.Command(path, "record", "-F", strconv.Itoa(perfHz), "-k", "CLOCK_MONOTONIC",
		"-p", strconv.FormatInt(pid, 10), "-o", out)}
	p.cmd.Stderr = &p.stderr
	if err := p.cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "measure: perf record:", err)
		return nil
	}
	time.Sleep(200 * time.Millisecond) // perf takes a moment to attach
	return p
}

// stop stops perf, which then writes its file. A nil p does nothing.
func (p *perfRun) stop() error {
	if p == nil {
		return nil
	}
	err := p.cmd.Process.Signal(syscall.SIGINT)
	if werr := p.cmd.Wait(); werr != nil {
		var exit *exec.ExitError
		if !errors.As(werr, &exit) || exit.ExitCode() > 0 {
			err = werr // perf failed; being stopped by the signal, as asked, is not a failure
		}
	}
	if err != nil {
		return fmt.Errorf("%w: %s", err, strings.TrimSpace(p.stderr.String()))
	}
	return nil
}

// perfKinds name, by the code a sample was in, what the GPU process was doing.
var perfKinds = []struct{ dso, what string }{
	{"memfd:swiftshader_jit", "SwiftShader's generated code: shaders and rasterisers drawing pixels"},
	{"libvk_swiftshader.so", "SwiftShader itself: compiling shaders and pipelines, setting up draws"},
	{"chromium", "Chromium and ANGLE: decoding WebGL commands, translating them to Vulkan"},
	{"[kernel.kallsyms]", "the kernel: memory for new images, threads waking"},
}

// printPerf prints, if file (perf record's output) exists, the GPU process's CPU time in the window by the
// kind of code perf found it in, and by thread.
func printPerf(w io.Writer, t *trace, file string) error {
	if _, err := os.Stat(file); err != nil {
		return nil
	}
	out, err := exec.Command("perf", "script", "-i", file, "-F", "comm,time,ip,dso").Output()
	if err != nil {
		return fmt.Errorf("perf script: %w", err)
	}
	kinds, threads := map[string]float64{}, map[string]float64{}
	var sum float64
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		// "Thread<01> 2311.325137:      7f3a2c01d2f1 (memfd:swiftshader_jit (deleted))"
		line := sc.Text()
		head, dso, ok := strings.Cut(line, " (")
		f := strings.Fields(head)
		if !ok || len(f) < 3 {
			continue
		}
		at, err := strconv.ParseFloat(strings.TrimSuffix(f[len(f)-2], ":"), 64)
		if err != nil || at*1e6 < t.from || at*1e6 >= t.to {
			continue
		}
		kind := "other libraries"
		for _, k := range perfKinds {
			if strings.Contains(dso, k.dso) {
				kind = k.what
			}
		}
		ms := 1000.0 / perfHz
		kinds[kind] += ms
		threads[strings.Join(f[:len(f)-2], " ")] += ms
		sum += ms
	}
	fmt.Fprintf(w, "\nGPU process's CPU time in the window, sampled by perf (%s): %.0f ms\n", file, sum)
	printMs(w, kinds)
	fmt.Fprintln(w, "  by thread (SwiftShader draws on its own threads, Thread<NN>):")
	printMs(w, threads)
	return nil
}

// printMs prints m's entries of 5 ms or more, largest first.
func printMs(w io.Writer, m map[string]float64) {
	for _, k := range slices.SortedFunc(maps.Keys(m), func(a, b string) int { return cmp.Compare(m[b], m[a]) }) {
		if m[k] >= 5 {
			fmt.Fprintf(w, "  %6.0f ms  %s\n", m[k], k)
		}
	}
}

// perfFile is where the perf samples taken with the trace file are written.
func perfFile(trace string) string {
	return strings.TrimSuffix(trace, ".json") + ".perf.data"
}

// Command bakesim runs a Bakery scenario headless and prints what happened: a table, a JSON summary, or the
// whole event log. It needs no display and no cgo.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/gobakery/bakery/sim"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, progress{isTerminal: isTerminal, now: time.Now, every: time.Second}))
}

// options are the flags that are not scenario settings.
type options struct {
	until    time.Duration
	untilSet bool
	json     bool
	log      string
	theory   bool
	presets  bool
}

// run is the whole command; it returns the exit status: 0 done, 1 could not write, 2 bad flags. Long runs
// report their progress to stderr through p.
func run(args []string, stdout, stderr io.Writer, p progress) int {
	fs := flag.NewFlagSet("bakesim", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var settings []sim.Setting
	for _, k := range sim.Keys {
		fs.Func(k.Name, k.Help, func(v string) error {
			settings = append(settings, sim.Setting{Key: k.Name, Value: v})
			return nil
		})
	}
	var o options
	var untilErr error
	fs.Func("until", "stop at this simulated `TIME`, e.g. 60s or 2m (default: the end of a batch run, else 60s)", func(v string) error {
		o.until, untilErr = parseUntil(v)
		o.untilSet = true
		return nil // reported below, as the scenario's settings are
	})
	fs.BoolVar(&o.json, "json", false, "print a JSON summary instead of the table")
	fs.StringVar(&o.log, "log", "", "write every event as one JSON object per line to `FILE` (- for standard output)")
	fs.BoolVar(&o.theory, "theory", false, "print the exact figures beside the measured ones (exponential times only)")
	fs.BoolVar(&o.presets, "presets", false, "list the presets and exit")
	fs.Usage = func() {} // errors are reported in one line below; -h prints the usage

	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage(stdout, fs)
			return 0
		}
		fmt.Fprintf(stderr, "bakesim: %s (bakesim -h lists the flags)\n", oneLine(err.Error()))
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "bakesim: unexpected argument %q: every setting is a flag, e.g. -plate 3\n", fs.Arg(0))
		return 2
	}
	if o.presets {
		for i, p := range sim.Presets {
			fmt.Fprintf(stdout, "%d  %-12s %s\n", i+1, p.Name, p.Description)
		}
		return 0
	}
	settings, repeated := sim.Once(settings) // a flag given twice with two values is refused, not the last taken
	sc, err := sim.Parse(settings, sim.DefaultLimits)
	err = errors.Join(append(repeated, err)...)
	if err != nil || untilErr != nil {
		for _, e := range append(unjoin(err), untilErr) {
			if e != nil {
				fmt.Fprintf(stderr, "bakesim: -%s\n", e)
			}
		}
		return 2
	}
	if !o.untilSet {
		o.until = 60 * time.Second
		if sc.Batch > 0 {
			o.until = maxUntil
		}
	}
	return simulate(sc, o, stdout, stderr, p)
}

// maxUntil is the longest run we accept: the same cap as the desktop's -at.
const maxUntil = sim.MaxRunTime

// parseUntil reads -until's value, or returns a [*sim.SettingError] worded like those of the scenario's settings.
func parseUntil(v string) (time.Duration, error) {
	d, err := time.ParseDuration(v)
	if err != nil {
		f, ferr := strconv.ParseFloat(v, 64)
		if ferr != nil || math.IsNaN(f) || f > maxUntil.Seconds() {
			d = -1
		} else {
			d = time.Duration(f * float64(time.Second))
		}
	}
	if d <= 0 || d > maxUntil {
		return 0, &sim.SettingError{Key: "until", Value: v,
			Allowed: fmt.Sprintf("a duration above 0 and up to %v (about %.0f days), such as 60s or 2m", maxUntil, maxUntil.Hours()/24)}
	}
	return d, nil
}

func simulate(sc sim.Scenario, o options, stdout, stderr io.Writer, p progress) int {
	s, err := sim.New(sc)
	if err != nil { // Parse checked the scenario already
		fmt.Fprintf(stderr, "bakesim: %v\n", err)
		return 2
	}
	defer s.Close()
	summaryOut := stdout
	var logw *bufio.Writer
	var logErr error
	if o.log != "" {
		var f io.Writer = stdout
		if o.log == "-" {
			summaryOut = stderr // keep standard output one JSON object per line
		} else {
			file, err := os.Create(o.log)
			if err != nil {
				fmt.Fprintf(stderr, "bakesim: -log: %v\n", err)
				return 1
			}
			defer file.Close()
			f = file
		}
		logw = bufio.NewWriterSize(f, 64<<10)
		var line []byte
		s.OnEvent(func(e sim.Event) {
			line = s.AppendLog(line[:0], e)
			if _, err := logw.Write(line); err != nil && logErr == nil {
				logErr = err
			}
		})
	}
	p.run(s, o.until, stderr)
	if logw != nil {
		if err := logw.Flush(); err != nil && logErr == nil {
			logErr = err
		}
		if logErr != nil {
			fmt.Fprintf(stderr, "bakesim: -log: %v\n", logErr)
			return 1
		}
	}
	sum := s.Summary(o.theory)
	if o.json {
		enc := json.NewEncoder(summaryOut)
		enc.SetIndent("", "  ")
		if err := enc.Encode(sum); err != nil {
			fmt.Fprintf(stderr, "bakesim: %v\n", err)
			return 1
		}
		return 0
	}
	writeTable(summaryOut, sc, sum, o.theory)
	return 0
}

// unjoin lists the errors inside an errors.Join.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", "; ") }

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

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// options are the flags that are not scenario settings.
type options struct {
	until    time.Duration
	untilSet bool
	json     bool
	log      string
	theory   bool
	presets  bool
}

// run is the whole command; it returns the exit status: 0 done, 1 could not write, 2 bad flags.
func run(args []string, stdout, stderr io.Writer) int {
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
	fs.Func("until", "stop at this simulated time, e.g. 60s or 2m (default: the end of a batch run, else 60s)", func(v string) error {
		d, err := parseUntil(v)
		o.until, o.untilSet = d, true
		return err
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
	sc, err := sim.Parse(settings, sim.DefaultLimits)
	if err != nil {
		for _, e := range unjoin(err) {
			fmt.Fprintf(stderr, "bakesim: -%s\n", e)
		}
		return 2
	}
	if !o.untilSet {
		o.until = 60 * time.Second
		if sc.Batch > 0 {
			o.until = maxUntil
		}
	}
	return simulate(sc, o, stdout, stderr)
}

// maxUntil is the longest run we accept: about 115 days of simulated time.
const maxUntil = 10_000_000 * time.Second

func parseUntil(v string) (time.Duration, error) {
	d, err := time.ParseDuration(v)
	if err != nil {
		f, ferr := strconv.ParseFloat(v, 64)
		if ferr != nil || math.IsNaN(f) || f > maxUntil.Seconds() {
			return 0, fmt.Errorf("want a duration such as 60s or 2m")
		}
		d = time.Duration(f * float64(time.Second))
	}
	if d <= 0 || d > maxUntil {
		return 0, fmt.Errorf("want a duration above 0 and up to %v", maxUntil)
	}
	return d, nil
}

func simulate(sc sim.Scenario, o options, stdout, stderr io.Writer) int {
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
	s.RunUntil(o.until)
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

func usage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Usage: bakesim [flags]\n\nRuns a Bakery scenario headless and prints what happened.\n\nFlags:\n")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
	fmt.Fprintf(w, "\nExamples:\n  bakesim -preset seed\n  bakesim -preset crowd -until 10m -theory\n  bakesim -bakers 3 -eaters 1 -plate 0 -bake exp:0.5s -json\n")
}

// unjoin lists the errors inside an errors.Join.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", "; ") }

// Package desktop reads the desktop program's command line before Ebitengine starts.
package desktop

import (
	"errors"
	"flag"
	"fmt"
	"image"
	"io"
	"strings"
	"time"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/internal/flagusage"
	"github.com/gobakery/bakery/sim"
)

// Flags are the desktop program's settings: the session's, and the window's own.
type Flags struct {
	Session session.Config
	// Window is the window's size in logical pixels.
	Window image.Point
	// Screenshot, if set, names a PNG file to save the window in at the simulated time At, then exit.
	Screenshot string
	At         time.Duration
	// Record, if set, names a GIF file to record For of the run in, from the simulated time At, then exit.
	Record string
	For    time.Duration
}

// MaxRecord is the longest clip -for may ask for.
const MaxRecord = time.Minute

// Parse reads args: the settings of session.Parse as flags (-bakers 3, -preset crowd, -paused), and -window,
// -screenshot and -at. For -h it writes the usage to usage and returns flag.ErrHelp; a bad flag is an error
// naming the flag, its value and what is allowed.
func Parse(args []string, usage io.Writer) (Flags, error) {
	fs := flag.NewFlagSet("bakery", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var settings []sim.Setting
	for _, k := range append(append([]sim.Key{}, sim.Keys...), session.GameKeys...) {
		fs.Func(k.Name, k.Help, func(v string) error {
			settings = append(settings, sim.Setting{Key: k.Name, Value: v})
			return nil
		})
	}
	// -paused and -reduced-motion alone mean true, as a boolean flag would.
	args = append([]string(nil), args...)
	for i, a := range args {
		if a == "--" {
			break
		}
		if a == "-paused" || a == "--paused" || a == "-reduced-motion" || a == "--reduced-motion" {
			args[i] = a + "=true"
		}
	}
	window := fs.String("window", fmt.Sprintf("%dx%d", layout.DefaultWindow.X, layout.DefaultWindow.Y),
		fmt.Sprintf("window size in pixels, `WIDTHxHEIGHT`, at least %dx%d", layout.MinWindow.X, layout.MinWindow.Y))
	shot := fs.String("screenshot", "", "save the window as this PNG `FILE` at the -at time, then exit")
	at := fs.String("at", "0s", "simulated `TIME` of the -screenshot, or where -record starts, such as 3.25s")
	rec := fs.String("record", "", "record the window as this GIF `FILE` from the -at time for the -for time, then exit")
	dur := fs.String("for", "10s", fmt.Sprintf("how long a -record clip lasts (a `TIME`), up to %v", MaxRecord))
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(usage, fs)
		}
		return Flags{}, err
	}
	if fs.NArg() > 0 {
		return Flags{}, fmt.Errorf("unexpected argument %q: settings are flags, such as -bakers 3", fs.Arg(0))
	}
	cfg, err := session.ParseConfig(settings)
	f := Flags{Session: cfg, Screenshot: *shot}
	w, werr := parseWindow(*window)
	d, aerr := parseAt(*at)
	f.Window, f.At = w, d
	var serr, rerr error
	if *shot != "" && !strings.HasSuffix(strings.ToLower(*shot), ".png") {
		serr = &sim.SettingError{Key: "screenshot", Value: *shot, Allowed: "a file name ending in .png"}
	}
	switch {
	case *rec != "" && !strings.HasSuffix(strings.ToLower(*rec), ".gif"):
		rerr = &sim.SettingError{Key: "record", Value: *rec, Allowed: "a file name ending in .gif"}
	case *rec != "" && *shot != "":
		rerr = &sim.SettingError{Key: "record", Value: *rec, Allowed: "no -screenshot with it: one or the other"}
	}
	d, derr := time.ParseDuration(strings.TrimSpace(*dur))
	if derr != nil || d < 100*time.Millisecond || d > MaxRecord {
		derr = &sim.SettingError{Key: "for", Value: *dur, Allowed: fmt.Sprintf("a time from 0.1s to %v, such as 10s", MaxRecord)}
	}
	f.Record, f.For = *rec, d
	return f, errors.Join(err, werr, aerr, serr, rerr, derr)
}

// printUsage prints -h: the scenario's flags with the seed preset's values as defaults, the game's with the
// default view's, then the window's.
func printUsage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Usage: bakery [flags]\n\nBakers bake loaves onto a plate, eaters take them: Go's producer–consumer, to watch and play with.\n\n")
	fmt.Fprintf(w, "The scenario (each setting starts from the preset's, the seed preset's by default):\n")
	flagusage.Settings(w, fs, sim.Keys, sim.Defaults())
	defaults := map[string]string{}
	for _, s := range session.ViewSettings(session.DefaultView()) {
		defaults[s.Key] = s.Value
	}
	fmt.Fprintf(w, "\nHow it is shown:\n")
	flagusage.Settings(w, fs, session.GameKeys, defaults)
	fmt.Fprintf(w, "\nThe window, a screenshot, a clip:\n")
	flagusage.Others(w, fs, sim.Keys, session.GameKeys)
	fmt.Fprintf(w, "\nExamples:\n  bakery -preset crowd\n  bakery -bakers 3 -plate 0 -theme dark\n  bakery -preset fast-bakers -record clip.gif -for 10s\n")
}

// parseWindow reads "1280x720".
func parseWindow(s string) (image.Point, error) {
	var w, h int
	bad := &sim.SettingError{Key: "window", Value: s,
		Allowed: fmt.Sprintf("WIDTHxHEIGHT from %dx%d to 8192x8192, such as 1280x720", layout.MinWindow.X, layout.MinWindow.Y)}
	if n, err := fmt.Sscanf(s, "%dx%d", &w, &h); err != nil || n != 2 || fmt.Sprintf("%dx%d", w, h) != s {
		return layout.DefaultWindow, bad
	}
	if w < layout.MinWindow.X || h < layout.MinWindow.Y || w > 8192 || h > 8192 {
		return layout.DefaultWindow, bad
	}
	return image.Point{w, h}, nil
}

// parseAt reads the screenshot's simulated time, 0 up to sim.MaxRunTime.
func parseAt(s string) (time.Duration, error) {
	d, err := time.ParseDuration(strings.TrimSpace(s))
	if err != nil || d < 0 || d > sim.MaxRunTime {
		return 0, &sim.SettingError{Key: "at", Value: s,
			Allowed: fmt.Sprintf("a time from 0s to %v (about %.0f days), such as 3.25s", sim.MaxRunTime, sim.MaxRunTime.Hours()/24)}
	}
	return d, nil
}

// OneLine joins the lines of a (possibly joined) error with "; ".
func OneLine(err error) string {
	return strings.ReplaceAll(strings.TrimSpace(err.Error()), "\n", "; ")
}

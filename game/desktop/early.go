//go:build !js

package desktop

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"testing"
)

// Ebitengine's internal/ui package opens the display in its init and panics without one (upstream
// hajimehoshi/ebiten#1498 and #1858), before main can say anything. Go initialises packages in the order of their import
// paths wherever the import graph allows (the Go spec, "Package initialization", since Go 1.21), and
// github.com/gobakery sorts before github.com/hajimehoshi, so this init runs first: it reads the command line
// and, for -h or a bad flag, prints the usage or one line and exits, with or without a display; without a
// display, it says so in one line and exits. The program's test (TestProgramWithoutDisplay) checks that this
// still holds.
var parsed struct {
	flags Flags
	err   error
}

func init() {
	if testing.Testing() {
		return
	}
	parsed.flags, parsed.err = Parse(os.Args[1:], os.Stdout)
	if errors.Is(parsed.err, flag.ErrHelp) {
		os.Exit(0)
	}
	if parsed.err != nil {
		fmt.Fprintln(os.Stderr, "bakery: "+OneLine(parsed.err))
		os.Exit(2)
	}
	if err := displayMissing(runtime.GOOS, os.Getenv); err != nil {
		fmt.Fprintln(os.Stderr, "bakery: "+err.Error())
		os.Exit(1)
	}
}

// displayMissing says why a window cannot be opened, or returns nil: on the systems where Ebitengine draws
// through X11 (its GLFW is built for X11, which Wayland desktops serve through XWayland), DISPLAY must be set.
func displayMissing(goos string, getenv func(string) string) error {
	switch goos {
	case "linux", "freebsd", "netbsd", "openbsd", "dragonfly":
	default:
		return nil
	}
	if getenv("DISPLAY") != "" {
		return nil
	}
	return errors.New("no display to open a window on (DISPLAY is not set): run it on a desktop, " +
		"with xvfb-run for -screenshot or -record, or use make serve (the browser) or bakesim (the command line)")
}

// CommandLine returns the program's flags, read before Ebitengine started.
func CommandLine() (Flags, error) {
	if testing.Testing() {
		return Parse(os.Args[1:], os.Stdout)
	}
	return parsed.flags, parsed.err
}

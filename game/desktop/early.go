//go:build !js

package desktop

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"testing"
)

// Ebitengine's internal/ui package opens the display in its init and panics without one (upstream
// hajimehoshi/ebiten#1498 and #1858), before main can say anything. Go initialises packages in the order of their import
// paths wherever the import graph allows (the Go spec, "Package initialization", since Go 1.21), and
// github.com/gobakery sorts before github.com/hajimehoshi, so this init runs first: it reads the command line
// and, for -h or a bad flag, prints the usage or one line and exits, with or without a display. The program's
// test (TestProgramWithoutDisplay) checks that this still holds.
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
}

// CommandLine returns the program's flags, read before Ebitengine started.
func CommandLine() (Flags, error) {
	if testing.Testing() {
		return Parse(os.Args[1:], os.Stdout)
	}
	return parsed.flags, parsed.err
}

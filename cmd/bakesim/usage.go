package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/gobakery/bakery/internal/flagusage"
	"github.com/gobakery/bakery/sim"
)

// usage prints -h: the scenario's flags in the order of [sim.Keys], with the seed preset's values as their
// defaults, then the command's own flags.
func usage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Usage: bakesim [flags]\n\nRuns a Bakery scenario headless and prints what happened.\n\n")
	fmt.Fprintf(w, "The scenario (each setting starts from the preset's, the seed preset's by default):\n")
	flagusage.Settings(w, fs, sim.Keys, sim.Defaults())
	fmt.Fprintf(w, "\nThe run and what it prints:\n")
	flagusage.Others(w, fs, sim.Keys)
	fmt.Fprintf(w, "\nExamples:\n  bakesim -preset seed\n  bakesim -preset crowd -until 10m -theory\n  bakesim -bakers 3 -eaters 1 -plate 0 -bake exp:0.5s -json\n")
}

package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/gobakery/bakery/sim"
)

// placeholders name what each scenario key's flag takes, for -h; a key missing here shows VALUE.
var placeholders = map[string]string{
	"preset":      "NAME",
	"bakers":      "N",
	"eaters":      "N",
	"plate":       "N",
	"bake":        "TIME",
	"eat":         "TIME",
	"batch":       "N",
	"seed":        "N",
	"baker-names": "NAMES",
	"eater-names": "NAMES",
}

// usage prints -h: the scenario's flags in the order of [sim.Keys], with the seed preset's values as their
// defaults, then the command's own flags.
func usage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Usage: bakesim [flags]\n\nRuns a Bakery scenario headless and prints what happened.\n\n")
	fmt.Fprintf(w, "The scenario (each setting starts from the preset's, the seed preset's by default):\n")
	defaults := map[string]string{"preset": "seed"}
	for _, s := range sim.MustPreset("seed").Settings() {
		defaults[s.Key] = s.Value
	}
	for _, k := range sim.Keys {
		placeholder, ok := placeholders[k.Name]
		if !ok {
			placeholder = "VALUE"
		}
		printFlag(w, fs.Lookup(k.Name), placeholder, defaults[k.Name])
	}
	fmt.Fprintf(w, "\nThe run and what it prints:\n")
	fs.VisitAll(func(f *flag.Flag) {
		if !sim.IsKey(f.Name) {
			placeholder, _ := flag.UnquoteUsage(f)
			printFlag(w, f, placeholder, "")
		}
	})
	fmt.Fprintf(w, "\nExamples:\n  bakesim -preset seed\n  bakesim -preset crowd -until 10m -theory\n  bakesim -bakers 3 -eaters 1 -plate 0 -bake exp:0.5s -json\n")
}

// printFlag prints one flag as the flag package does: the flag and what it takes, then its help (with
// backquotes removed) and its default, if not "".
func printFlag(w io.Writer, f *flag.Flag, placeholder, def string) {
	_, help := flag.UnquoteUsage(f)
	line := "  -" + f.Name
	if placeholder != "" {
		line += " " + placeholder
	}
	if def != "" {
		help += fmt.Sprintf(" (default %s)", def)
	}
	fmt.Fprintf(w, "%s\n    \t%s\n", line, help)
}

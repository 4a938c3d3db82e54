// Package flagusage prints a command's -h the same way for every command: the settings a flag, a URL or a
// script may carry, each with what it takes and its default, then the command's own flags.
package flagusage

import (
	"flag"
	"fmt"
	"io"

	"github.com/gobakery/bakery/sim"
)

// Settings prints the flags of keys, in their order, each with its Arg (or VALUE) and the default in defaults,
// if there is one.
func Settings(w io.Writer, fs *flag.FlagSet, keys []sim.Key, defaults map[string]string) {
	for _, k := range keys {
		f := fs.Lookup(k.Name)
		if f == nil {
			continue
		}
		arg := k.Arg
		if arg == "" {
			arg = "VALUE"
		}
		print(w, f, arg, defaults[k.Name])
	}
}

// Others prints fs's flags that are none of keys, in the flag package's order, with their defaults.
func Others(w io.Writer, fs *flag.FlagSet, keys ...[]sim.Key) {
	fs.VisitAll(func(f *flag.Flag) {
		for _, ks := range keys {
			for _, k := range ks {
				if k.Name == f.Name {
					return
				}
			}
		}
		arg, _ := flag.UnquoteUsage(f)
		def := f.DefValue
		if def == "false" { // a boolean flag, off unless given
			def = ""
		}
		print(w, f, arg, def)
	})
}

// print prints one flag as the flag package does: the flag and what it takes, then its help (with backquotes
// removed) and its default, if not "".
func print(w io.Writer, f *flag.Flag, arg, def string) {
	_, help := flag.UnquoteUsage(f)
	line := "  -" + f.Name
	if arg != "" {
		line += " " + arg
	}
	if def != "" {
		help += fmt.Sprintf(" (default %s)", def)
	}
	fmt.Fprintf(w, "%s\n    \t%s\n", line, help)
}

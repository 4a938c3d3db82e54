//go:build !js

package main

import (
	"flag"
	"fmt"
	"image"
	"io"
	"os"
	"strings"

	"github.com/gobakery/bakery/game"
	"github.com/gobakery/bakery/sim"
)

// loadConfig reads the command line: the scenario keys as bakesim takes them and the game's keys, all through
// game.ParseConfig, plus the desktop's own flags. It returns flag.ErrHelp after printing the usage for -h.
func loadConfig() (game.Config, error) {
	return parseFlags(os.Args[1:], os.Stderr)
}

func parseFlags(args []string, usage io.Writer) (game.Config, error) {
	fs := flag.NewFlagSet("bakery", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var settings []sim.Setting
	for _, k := range append(append([]sim.Key{}, sim.Keys...), game.GameKeys...) {
		fs.Func(k.Name, k.Help, func(v string) error {
			settings = append(settings, sim.Setting{Key: k.Name, Value: v})
			return nil
		})
	}
	// -paused alone means true, as a boolean flag would.
	args = append([]string(nil), args...)
	for i, a := range args {
		if a == "--" {
			break
		}
		if a == "-paused" || a == "--paused" || a == "-reduced-motion" || a == "--reduced-motion" {
			args[i] = a + "=true"
		}
	}
	window := fs.String("window", fmt.Sprintf("%dx%d", game.DefaultWindow.X, game.DefaultWindow.Y),
		fmt.Sprintf("window size in pixels, WIDTHxHEIGHT, at least %dx%d", game.MinWindow.X, game.MinWindow.Y))
	shot := fs.String("screenshot", "", "save the window as this PNG file at the -at time, then exit")
	at := fs.Duration("at", 0, "simulated time of the -screenshot, such as 3.25s")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			fs.SetOutput(usage)
			fmt.Fprintln(usage, "usage: bakery [flags]")
			fs.PrintDefaults()
			return game.Config{}, err
		}
		return game.Config{}, err
	}
	if fs.NArg() > 0 {
		return game.Config{}, fmt.Errorf("unexpected argument %q: settings are flags, such as -bakers 3", fs.Arg(0))
	}
	cfg, err := game.ParseConfig(settings)
	if err != nil {
		return cfg, err
	}
	w, err := parseWindow(*window)
	if err != nil {
		return cfg, err
	}
	if *at < 0 {
		return cfg, &sim.SettingError{Key: "at", Value: at.String(), Allowed: "a time of 0 or more, such as 3.25s"}
	}
	if *shot != "" && !strings.HasSuffix(strings.ToLower(*shot), ".png") {
		return cfg, &sim.SettingError{Key: "screenshot", Value: *shot, Allowed: "a file name ending in .png"}
	}
	cfg.Window, cfg.Screenshot, cfg.At = w, *shot, *at
	return cfg, nil
}

// parseWindow reads "1280x720".
func parseWindow(s string) (image.Point, error) {
	var w, h int
	bad := &sim.SettingError{Key: "window", Value: s,
		Allowed: fmt.Sprintf("WIDTHxHEIGHT from %dx%d to 8192x8192, such as 1280x720", game.MinWindow.X, game.MinWindow.Y)}
	if n, err := fmt.Sscanf(s, "%dx%d", &w, &h); err != nil || n != 2 || fmt.Sprintf("%dx%d", w, h) != s {
		return image.Point{}, bad
	}
	if w < game.MinWindow.X || h < game.MinWindow.Y || w > 8192 || h > 8192 {
		return image.Point{}, bad
	}
	return image.Point{w, h}, nil
}

package game

import (
	"errors"
	"fmt"
	"image"
	"strconv"
	"strings"
	"time"

	"github.com/gobakery/bakery/sim"
)

// Limits are the most the screen shows: 64 bakers, 64 eaters and a plate of 1,000.
var Limits = sim.Limits{MaxActors: 64, MaxPlate: 1000}

// Speeds bound the speed factor; the speed keys step through powers of two between them.
const (
	MinSpeed = 0.25
	MaxSpeed = 64.0
)

// Config is everything the game starts from: a scenario and how to show it.
type Config struct {
	Scenario sim.Scenario
	// Speed is how many simulated seconds pass per real second, MinSpeed..MaxSpeed.
	Speed  float64
	Paused bool
	// UI is "full" (clock, settings and controls) or "minimal" (the scene and the clock).
	UI string
	// Theme is "light" or "dark".
	Theme string
	// ReducedMotion turns loaf flights off: loaves jump to where they go.
	ReducedMotion bool

	// Window is the desktop window's size in logical pixels; zero means the default.
	Window image.Point
	// Screenshot, if set, names a PNG file: the game runs the simulation to At with animations settled, saves
	// what the window shows there, and ends.
	Screenshot string
	At         time.Duration
}

// DefaultWindow is the desktop window's size when Config.Window is zero.
var DefaultWindow = image.Point{1280, 720}

// MinWindow is the smallest window the layout is designed for.
var MinWindow = image.Point{800, 450}

// DefaultConfig is the seed preset at normal speed, running, with the full interface.
func DefaultConfig() Config {
	return Config{Scenario: sim.MustPreset("seed"), Speed: 1, UI: "full", Theme: "light"}
}

// GameKeys are the settings the game adds to sim.Keys.
var GameKeys = []sim.Key{
	{Name: "speed", Help: fmt.Sprintf("simulated seconds per real second, %g to %g", MinSpeed, MaxSpeed)},
	{Name: "paused", Help: "start paused: true or false"},
	{Name: "ui", Help: "full (controls shown) or minimal (scene and clock only)"},
	{Name: "theme", Help: "light or dark"},
	{Name: "reduced-motion", Help: "true: loaves jump instead of flying"},
}

// ParseConfig builds a Config from settings: scenario keys go through sim.Parse under Limits, the game's keys
// (GameKeys) are checked here. Every bad setting is reported, each as a *sim.SettingError joined with
// errors.Join, and left at its default; the rest apply, so the Config returned is always usable.
func ParseConfig(settings []sim.Setting) (Config, error) {
	cfg := DefaultConfig()
	var scen []sim.Setting
	var errs []error
	for _, s := range settings {
		if sim.IsKey(s.Key) {
			scen = append(scen, s)
			continue
		}
		if err := cfg.set(s.Key, s.Value); err != nil {
			errs = append(errs, err)
		}
	}
	sc, err := sim.Parse(scen, Limits)
	cfg.Scenario = sc
	return cfg, errors.Join(append(errs, err)...)
}

// set applies one of the game's own settings to c, or returns a *sim.SettingError and leaves c as it was.
func (c *Config) set(key, value string) error {
	v := strings.TrimSpace(value)
	switch key {
	case "speed":
		f, err := strconv.ParseFloat(strings.TrimSuffix(v, "x"), 64)
		if err != nil || !(f >= MinSpeed && f <= MaxSpeed) {
			return &sim.SettingError{Key: key, Value: value, Allowed: fmt.Sprintf("a number from %g to %g", MinSpeed, MaxSpeed)}
		}
		c.Speed = f
	case "paused", "reduced-motion":
		b, ok := parseBool(v)
		if !ok {
			return &sim.SettingError{Key: key, Value: value, Allowed: "true or false"}
		}
		if key == "paused" {
			c.Paused = b
		} else {
			c.ReducedMotion = b
		}
	case "ui":
		if v != "full" && v != "minimal" {
			return &sim.SettingError{Key: key, Value: value, Allowed: "full or minimal"}
		}
		c.UI = v
	case "theme":
		if v != "light" && v != "dark" {
			return &sim.SettingError{Key: key, Value: value, Allowed: "light or dark"}
		}
		c.Theme = v
	default:
		return &sim.SettingError{Key: key, Value: value, Allowed: "a known setting: " + strings.Join(AllKeys(), ", ")}
	}
	return nil
}

// AllKeys lists every setting name ParseConfig accepts: the scenario's, then the game's.
func AllKeys() []string {
	var names []string
	for _, k := range sim.Keys {
		names = append(names, k.Name)
	}
	for _, k := range GameKeys {
		names = append(names, k.Name)
	}
	return names
}

func parseBool(v string) (bool, bool) {
	switch strings.ToLower(v) {
	case "", "1", "true", "yes", "on":
		return true, true
	case "0", "false", "no", "off":
		return false, true
	}
	return false, false
}

// check reports what is wrong with a Config built by hand rather than by ParseConfig.
func (c Config) check() error {
	var errs []error
	if err := c.Scenario.Check(Limits); err != nil {
		errs = append(errs, err)
	}
	d := DefaultConfig()
	for _, s := range []sim.Setting{{Key: "speed", Value: strconv.FormatFloat(c.Speed, 'g', -1, 64)},
		{Key: "ui", Value: c.UI}, {Key: "theme", Value: c.Theme}} {
		if err := d.set(s.Key, s.Value); err != nil {
			errs = append(errs, err)
		}
	}
	if c.Window.X < 0 || c.Window.Y < 0 {
		errs = append(errs, &sim.SettingError{Key: "window", Value: fmt.Sprintf("%dx%d", c.Window.X, c.Window.Y),
			Allowed: "a positive width and height"})
	}
	if c.At < 0 {
		errs = append(errs, &sim.SettingError{Key: "at", Value: c.At.String(), Allowed: "a time of 0 or more"})
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("game: %w", err)
	}
	return nil
}

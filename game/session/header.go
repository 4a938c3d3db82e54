package session

import (
	"strings"

	"github.com/gobakery/bakery/sim"
)

// Header is what the top bar says of the scenario: the tour's chapter while one is shown and the settings
// equal what it loaded; else the preset and its caption while the settings equal it; and after any change
// "custom", with what differs from the preset it started from.
type Header struct {
	// Chapter is the title of the tour's chapter the settings equal, or "".
	Chapter string `json:"chapter,omitempty"`
	// Preset names the preset the settings equal, or is "" when they are custom.
	Preset  string `json:"preset"`
	Caption string `json:"caption"`
	// From is the preset custom settings started from; Differs lists what differs from it.
	From    string `json:"from,omitempty"`
	Differs []Diff `json:"differs,omitempty"`
}

// Diff is one setting that differs from a preset's: its name, its value now and the preset's.
type Diff struct {
	Key    string `json:"key"`
	Value  string `json:"value"`
	Preset string `json:"preset"`
}

// HeaderOf describes sc against the preset it started from (sc.Preset, or seed if it names none).
func HeaderOf(sc sim.Scenario) Header {
	from := sc.Preset
	base, ok := sim.Preset(from)
	if !ok {
		from, base = "seed", sim.MustPreset("seed")
	}
	was := map[string]string{}
	for _, kv := range base.Settings() {
		was[kv.Key] = kv.Value
	}
	var h Header
	for _, kv := range sc.Settings() {
		if kv.Value != was[kv.Key] {
			h.Differs = append(h.Differs, Diff{kv.Key, kv.Value, was[kv.Key]})
		}
	}
	if len(h.Differs) > 0 {
		h.From = from
		return h
	}
	h.Preset = from
	for _, p := range sim.Presets {
		if p.Name == from {
			h.Caption = p.Description
		}
	}
	return h
}

// String is the header in one line: "the tour: What if the plate held only 2?", "seed: The original story: …", or
// "custom (from seed): plate 2 (was 6) · bakers 3 (was 2)".
func (h Header) String() string {
	if h.Chapter != "" {
		return "the tour: " + h.Chapter
	}
	if h.Preset != "" {
		return h.Preset + ": " + h.Caption
	}
	var b strings.Builder
	b.WriteString("custom (from " + h.From + "): ")
	for i, d := range h.Differs {
		if i > 0 {
			b.WriteString(" · ")
		}
		v, p := d.Value, d.Preset
		if v == "" {
			v = "default"
		}
		if p == "" {
			p = "default"
		}
		b.WriteString(d.Key + " " + v + " (was " + p + ")")
	}
	return b.String()
}

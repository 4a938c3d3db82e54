package session

import (
	"strings"
)

// Panels are the panels beside the scene a reader chose to see: the code, the charts and the what-if sweep. The
// zero value, PanelsAuto, leaves it to the layout, which shows the code and the charts in ui=full where there
// is room; any chosen set, PanelsNone included, is shown as chosen where it fits. The session only holds the
// choice.
type Panels uint8

// The panels, as bits of a chosen set.
const (
	// PanelCode shows the Go code the scene runs.
	PanelCode Panels = 1 << iota
	// PanelChart shows the live charts, the exact theory beside the measurement, and Little's law.
	PanelChart
	// PanelWhatIf shows the what-if sweep.
	PanelWhatIf
	// panelsChosen marks a set chosen by the reader, as against auto.
	panelsChosen
)

// The sets of panels with a name of their own.
const (
	// PanelsAuto lets the layout show the panels where there is room: panels=auto, the default.
	PanelsAuto Panels = 0
	// PanelsNone shows none: panels=none.
	PanelsNone = panelsChosen
	// PanelsAll shows every panel: panels=code,chart,whatif.
	PanelsAll = panelsChosen | PanelCode | PanelChart | PanelWhatIf
	// autoShows is what auto shows on a screen with room, where toggling from auto starts.
	autoShows = panelsChosen | PanelCode | PanelChart
)

// panelNames name the panels as the panels setting lists them, in the order String writes them.
var panelNames = [...]struct {
	p    Panels
	name string
}{{PanelCode, "code"}, {PanelChart, "chart"}, {PanelWhatIf, "whatif"}}

// allowedPanels says what the panels setting takes.
const allowedPanels = "auto, none, or some of code, chart and whatif separated by commas, such as code,chart"

// Auto reports whether p leaves the panels to the layout.
func (p Panels) Auto() bool { return p&panelsChosen == 0 }

// Has reports whether p shows panel (one of PanelCode, PanelChart, PanelWhatIf) where there is room: a chosen
// set that holds it, or auto for the code and the charts.
func (p Panels) Has(panel Panels) bool {
	if p.Auto() {
		p = autoShows
	}
	return p&panel != 0
}

// Toggle returns p with panel shown if it was hidden and hidden if it was shown. Toggling auto starts from what
// auto shows on a screen with room, the code and the charts: the result is always a chosen set.
func (p Panels) Toggle(panel Panels) Panels { return p.toggle(panel, autoShows) }

// toggle is Toggle from what auto shows on the screen at hand (on a phone, nothing).
func (p Panels) toggle(panel, shown Panels) Panels {
	if p.Auto() {
		p = shown | panelsChosen
	}
	return p ^ (panel &^ panelsChosen)
}

// AutoShows tells the session which panels auto shows on the screen now (the layout decides, by the room
// there is), so that a panel's button, pressed while the panels are auto, shows or hides that panel as seen:
// on a phone, where auto shows none, it shows it.
func AutoShows(shown Panels) Change {
	shown &^= panelsChosen
	return Change{autoShown: &shown}
}

// String writes p as the panels setting takes it: "auto", "none" or "code,chart".
func (p Panels) String() string {
	if p.Auto() {
		return "auto"
	}
	var names []string
	for _, n := range panelNames {
		if p&n.p != 0 {
			names = append(names, n.name)
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ",")
}

// parsePanels reads the panels setting: auto, none, or a comma-separated list of panels, each named once.
func parsePanels(v string) (Panels, bool) {
	switch v = strings.TrimSpace(v); v {
	case "auto":
		return PanelsAuto, true
	case "none":
		return PanelsNone, true
	}
	p := panelsChosen
	for _, part := range strings.Split(v, ",") {
		part = strings.TrimSpace(part)
		found := false
		for _, n := range panelNames {
			if part == n.name && p&n.p == 0 {
				p, found = p|n.p, true
			}
		}
		if !found {
			return PanelsAuto, false
		}
	}
	return p, true
}

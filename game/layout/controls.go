package layout

import (
	"math"

	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/sim"
)

// replayAction is what the finished card's button does.
const replayAction = control.Reset

// Button is an on-canvas button.
type Button struct {
	Rect   Rect
	Action control.Action
}

// StepperKind says which setting a stepper changes.
type StepperKind uint8

// The steppers.
const (
	SpeedStepper StepperKind = iota
	BakersStepper
	EatersStepper
	PlateStepper
	BakeStepper
	EatStepper
)

var stepperNames = [...]string{"speed", "bakers", "eaters", "plate", "bake", "eat"}

// String is the caption a stepper shows.
func (k StepperKind) String() string {
	if int(k) < len(stepperNames) {
		return stepperNames[k]
	}
	return "stepper?"
}

var (
	stepperMinus = [...]control.Action{control.SpeedDown, control.BakersDown, control.EatersDown, control.PlateDown,
		control.BakeShorter, control.EatShorter}
	stepperPlus = [...]control.Action{control.SpeedUp, control.BakersUp, control.EatersUp, control.PlateUp,
		control.BakeLonger, control.EatLonger}
)

// Stepper is a "− value +" control: its buttons are also in Layout.Buttons.
type Stepper struct {
	Kind        StepperKind
	Minus, Plus Button
	Value       Rect
}

// item is one control in the bar, with its width in button heights.
type item struct {
	w         float64
	action    control.Action // for plain buttons
	stepper   StepperKind
	isStep    bool
	presets   bool
	essential bool // kept when only the essential controls fit
	breakHere bool // where a second row starts, when two rows are needed
}

// Widths in button heights.
const (
	stepperW = 3.5 // −, the value with its caption, +
	timesW   = 1.8 // the fixed / random toggle, with its caption
	panelW   = 1.5 // a panel's toggle, with its name
	gapW     = 0.25
)

// items are the controls in the order they are read, left to right, top to bottom.
func items() []item {
	return []item{
		{w: 1, action: control.PlayPause, essential: true}, {w: 1, action: control.Step, essential: true},
		{w: 1, action: control.Reset, essential: true},
		{w: stepperW, stepper: SpeedStepper, isStep: true},
		{w: stepperW, stepper: BakeStepper, isStep: true}, {w: stepperW, stepper: EatStepper, isStep: true},
		{w: timesW, action: control.ToggleRandom}, {w: 1, action: control.Help, essential: true},
		{w: panelW, action: control.ToggleCode}, {w: panelW, action: control.ToggleChart},
		{w: panelW, action: control.ToggleWhatIf},
		{w: stepperW, stepper: BakersStepper, isStep: true, breakHere: true},
		{w: stepperW, stepper: EatersStepper, isStep: true}, {w: stepperW, stepper: PlateStepper, isStep: true},
		{w: float64(len(sim.Presets)) + gapW*float64(len(sim.Presets)-1), presets: true},
	}
}

func width(items []item) float64 {
	w := 0.0
	for _, it := range items {
		w += it.w
	}
	return w + gapW*float64(max(len(items)-1, 0))
}

// flow breaks items into rows no wider than limit (in button heights), as evenly as the order allows. A
// preferred break is taken when two rows are needed and both halves fit.
func flow(all []item, limit float64) [][]item {
	if width(all) <= limit {
		return [][]item{all}
	}
	for i, it := range all {
		if it.breakHere && width(all[:i]) <= limit && width(all[i:]) <= limit {
			return [][]item{all[:i], all[i:]}
		}
	}
	greedy := func(limit float64) [][]item {
		var rows [][]item
		var row []item
		for _, it := range all {
			if len(row) > 0 && width(append(row, it)) > limit {
				rows, row = append(rows, row), nil
			}
			row = append(row, it)
		}
		return append(rows, row)
	}
	rows := greedy(limit)
	// Even them out: the narrowest limit that still needs no more rows.
	for try := width(all) / float64(len(rows)); try < limit; try += 0.25 {
		if even := greedy(try); len(even) == len(rows) && fits(even, limit) {
			return even
		}
	}
	return rows
}

func fits(rows [][]item, limit float64) bool {
	for _, r := range rows {
		if width(r) > limit {
			return false
		}
	}
	return true
}

// layoutControls places the control bar at the bottom and returns its top edge. When the full set needs more
// than about two fifths of the screen, only the essential controls are shown (AutoMinimal), with a button that
// shows the rest (MoreControls) where they fit in three quarters of it, or none.
func (l *Layout) layoutControls() float64 {
	u, s := l.Unit, l.Scale
	W, H := l.Size.X, l.Size.Y
	pad := 8 * u
	least := MinPoint * s
	if l.Touch {
		least = MinTouch * s
	}
	// In whole steps of 4 CSS px, so that a window being resized redraws its buttons now and then, not at
	// every pixel.
	bh := max(math.Floor(clamp(min(H*0.06, 48*u), least, 56*s)/(4*s))*4*s, least)
	avail := (W - 2*pad) / bh
	rows := flow(items(), avail)
	barH := func(rows [][]item) float64 {
		n := float64(len(rows))
		return n*bh + (n-1)*bh*0.18 + 2*pad
	}
	if barH(rows) > H*0.42 || !fits(rows, avail) {
		// Too many for the screen by themselves: the essential ones, and a button for the rest where they fit
		// in three quarters of it (a phone held sideways has no keys to do the rest).
		more := item{w: 1, action: control.MoreControls, essential: true}
		all := flow(append(items(), more), avail)
		canMore := fits(all, avail) && barH(all) <= H*0.75
		if canMore && l.MoreControls {
			rows = all
		} else {
			l.AutoMinimal = true
			var few []item
			for _, it := range items() {
				if it.essential {
					few = append(few, it)
				}
			}
			if canMore {
				few = append(few, more)
			}
			rows = [][]item{few}
			if !fits(rows, avail) || barH(rows) > H*0.3 {
				return H
			}
		}
	}
	h := barH(rows)
	l.Controls = R(0, H-h, W, h)
	y := H - h + pad
	for _, row := range rows {
		x := (W - width(row)*bh) / 2
		l.Rows = append(l.Rows, R(x, y, width(row)*bh, bh))
		for _, it := range row {
			w := it.w * bh
			switch {
			case it.isStep:
				st := Stepper{
					Kind:  it.stepper,
					Minus: Button{R(x, y, bh, bh), stepperMinus[it.stepper]},
					Plus:  Button{R(x+w-bh, y, bh, bh), stepperPlus[it.stepper]},
					Value: R(x+bh, y, w-2*bh, bh),
				}
				l.Steppers = append(l.Steppers, st)
				l.Buttons = append(l.Buttons, st.Minus, st.Plus)
			case it.presets:
				for i := range sim.Presets {
					l.Buttons = append(l.Buttons, Button{R(x+float64(i)*bh*(1+gapW), y, bh, bh), control.PresetAction(i)})
				}
			default:
				l.Buttons = append(l.Buttons, Button{R(x, y, w, bh), it.action})
			}
			x += w + gapW*bh
		}
		y += bh * 1.18
	}
	return H - h
}

// Hit returns the action of the button at p, if any. finished says whether the replay button is showing.
func (l *Layout) Hit(p Point, finished bool) (control.Action, bool) {
	if finished && l.Replay.Rect.Contains(p) {
		return l.Replay.Action, true
	}
	for _, b := range l.Buttons {
		if b.Rect.Contains(p) {
			return b.Action, true
		}
	}
	return control.None, false
}

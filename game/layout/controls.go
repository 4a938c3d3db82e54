package layout

import (
	"github.com/gobakery/bakery/game/control"
	"github.com/gobakery/bakery/sim"
)

const replayAction = control.Reset

// Button is an on-canvas button.
type Button struct {
	Rect   Rect
	Action control.Action
}

// StepperKind says which setting a stepper changes.
type StepperKind uint8

// The steppers, in the order they appear in the controls.
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

// Stepper is a "− value +" control: its buttons are also in Layout.Buttons.
type Stepper struct {
	Kind        StepperKind
	Minus, Plus Button
	Value       Rect
}

// item is one control in the bar, with its width in button heights.
type item struct {
	w       float64
	action  control.Action // for plain buttons
	stepper StepperKind
	isStep  bool
	presets bool
}

const stepperW = 4.4

var (
	rowA = []item{
		{w: 1, action: control.PlayPause}, {w: 1, action: control.Step}, {w: 1, action: control.Reset},
		{w: stepperW, stepper: SpeedStepper, isStep: true},
		{w: stepperW, stepper: BakeStepper, isStep: true}, {w: stepperW, stepper: EatStepper, isStep: true},
		{w: 2.6, action: control.ToggleRandom}, {w: 1, action: control.Help},
	}
)

// rowB is the second row: the counts, and a button per preset, one button height each.
func rowB() []item {
	return []item{
		{w: stepperW, stepper: BakersStepper, isStep: true}, {w: stepperW, stepper: EatersStepper, isStep: true},
		{w: stepperW, stepper: PlateStepper, isStep: true}, {w: float64(len(sim.Presets)), presets: true},
	}
}

const gapW = 0.3

func rowWidth(items []item) float64 {
	w := 0.0
	for _, it := range items {
		w += it.w
	}
	return w + gapW*float64(len(items)-1)
}

// layoutControls places the control bar at the bottom and returns its top edge.
func (l *Layout) layoutControls() float64 {
	u := l.Unit
	W, H := l.Size.X, l.Size.Y
	pad := 8 * u
	bhMax := clamp(H*0.058, 26*u, 40*u)
	rowB := rowB()
	one := append(append([]item{}, rowA...), rowB...)
	rows := [][]item{one}
	bh := min(bhMax, (W-2*pad)/rowWidth(one))
	if bh < 30*u {
		rows = [][]item{rowA, rowB}
		bh = min(bhMax, (W-2*pad)/max(rowWidth(rowA), rowWidth(rowB)))
	}
	gap := bh * 0.18
	barH := float64(len(rows))*bh + float64(len(rows)-1)*gap + 2*pad
	l.Controls = R(0, H-barH, W, barH)
	l.Buttons = l.Buttons[:0]
	l.Steppers = l.Steppers[:0]
	y := H - barH + pad
	for _, row := range rows {
		x := (W - rowWidth(row)*bh) / 2
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
				pw := w / float64(len(sim.Presets))
				for i := range sim.Presets {
					l.Buttons = append(l.Buttons, Button{R(x+float64(i)*pw+pw*0.06, y, pw*0.88, bh), control.PresetAction(i)})
				}
			default:
				l.Buttons = append(l.Buttons, Button{R(x, y, w, bh), it.action})
			}
			x += w + gapW*bh
		}
		y += bh + gap
	}
	return H - barH
}

var (
	stepperMinus = [...]control.Action{control.SpeedDown, control.BakersDown, control.EatersDown, control.PlateDown,
		control.BakeShorter, control.EatShorter}
	stepperPlus = [...]control.Action{control.SpeedUp, control.BakersUp, control.EatersUp, control.PlateUp,
		control.BakeLonger, control.EatLonger}
)

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

// ActorAt returns the baker (bakers true) or eater whose cell holds p, by index.
func (l *Layout) ActorAt(p Point) (i int, bakers, ok bool) {
	for i, a := range l.Bakers.Actors {
		if a.Cell.Contains(p) {
			return i, true, true
		}
	}
	for i, a := range l.Eaters.Actors {
		if a.Cell.Contains(p) {
			return i, false, true
		}
	}
	return 0, false, false
}

package sweep

import (
	"strconv"

	"github.com/gobakery/bakery/sim"
)

// Axis is the setting a sweep varies; every other setting stays as in the base scenario.
type Axis uint8

const (
	// Plate varies the plate's capacity.
	Plate Axis = iota
	// Eaters varies the number of eaters.
	Eaters
)

// axes holds what each axis is called (its name is also the scenario key it sets) and its default range.
var axes = [...]struct {
	name     string
	from, to int
}{
	Plate:  {"plate", 0, 20},
	Eaters: {"eaters", 1, 12},
}

// String returns the axis's name, which is also the scenario setting it varies: "plate" or "eaters".
func (a Axis) String() string {
	if !a.valid() {
		return "Axis(" + strconv.Itoa(int(a)) + ")"
	}
	return axes[a].name
}

func (a Axis) valid() bool { return int(a) < len(axes) }

// ParseAxis returns the axis with the given name, or a [*sim.SettingError] for the key "axis".
func ParseAxis(name string) (Axis, error) {
	for a := range axes {
		if axes[a].name == name {
			return Axis(a), nil
		}
	}
	return 0, &sim.SettingError{Key: "axis", Value: name, Allowed: allowedAxes}
}

const allowedAxes = "plate or eaters"

// MarshalText writes the axis's name, so that JSON shows "plate" or "eaters".
func (a Axis) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText reads an axis's name as [ParseAxis] does.
func (a *Axis) UnmarshalText(b []byte) error {
	v, err := ParseAxis(string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// DefaultRange is the range a sweep of the axis covers when none is given: plate 0..20, eaters 1..12.
func (a Axis) DefaultRange() (from, to int) {
	if !a.valid() {
		return 0, 0
	}
	return axes[a].from, axes[a].to
}

// Setting is the change that sets the axis to x, as a click on the sweep's point at x asks for: for example
// {plate 7}. It goes down the same road as any other change (see [sim.Scenario.Set]).
func (a Axis) Setting(x int) sim.Setting {
	return sim.Setting{Key: a.String(), Value: strconv.Itoa(x)}
}

// most is the largest value lim allows on the axis.
func (a Axis) most(lim sim.Limits) int {
	if a == Eaters {
		return lim.MaxActors
	}
	return lim.MaxPlate
}

// apply sets the axis of sc to x.
func (a Axis) apply(sc *sim.Scenario, x int) {
	if a == Eaters {
		sc.Eaters = x
	} else {
		sc.Plate = x
	}
}

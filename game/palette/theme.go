package palette

import (
	"fmt"
	"image/color"
)

// Theme is the set of colours the scene is drawn in.
type Theme struct {
	Name       string
	Background color.RGBA // behind the table: the bakery floor
	Table      color.RGBA
	TableEdge  color.RGBA
	Plate      color.RGBA
	PlateRim   color.RGBA // the plate's edge, and the edges of panels and buttons: 3:1 on the table and on panels
	Slot       color.RGBA // an empty slot's outline
	Text       color.RGBA
	Muted      color.RGBA // secondary text on the floor, the table, panels and buttons; on the plate, use Ink(Plate)
	Panel      color.RGBA // bars and overlays
	Button     color.RGBA
	ButtonText color.RGBA
	Skin       color.RGBA
	Hat        color.RGBA // the bakers' hats and the eaters' napkins
	Done       color.RGBA // a finished baker or sent-home eater
	Glow       color.RGBA // the oven's glow
	Oven       color.RGBA
	Ring       color.RGBA // progress rings
	Full       color.RGBA // the "plate full" signal
	Empty      color.RGBA // the "plate empty" signal
	Bubble     color.RGBA
	Shadow     color.RGBA
}

// Light is the default theme: a wooden table on a tiled floor.
var Light = Theme{
	Name:       "light",
	Background: color.RGBA{0xF4, 0xEE, 0xE4, 0xFF},
	Table:      color.RGBA{0xD9, 0xB9, 0x8C, 0xFF},
	TableEdge:  color.RGBA{0xA9, 0x82, 0x53, 0xFF},
	Plate:      color.RGBA{0xFD, 0xFB, 0xF7, 0xFF},
	PlateRim:   color.RGBA{0x68, 0x64, 0x60, 0xFF},
	Slot:       color.RGBA{0xB5, 0xAD, 0xA2, 0xFF},
	Text:       color.RGBA{0x2B, 0x23, 0x1C, 0xFF},
	Muted:      color.RGBA{0x52, 0x49, 0x3F, 0xFF},
	Panel:      color.RGBA{0xFF, 0xFC, 0xF6, 0xF0},
	Button:     color.RGBA{0xEA, 0xE1, 0xD3, 0xFF},
	ButtonText: color.RGBA{0x2B, 0x23, 0x1C, 0xFF},
	Skin:       color.RGBA{0xF1, 0xC2, 0x9A, 0xFF},
	Hat:        color.RGBA{0xFF, 0xFF, 0xFF, 0xFF},
	Done:       color.RGBA{0xA8, 0xA3, 0x9C, 0xFF},
	Glow:       color.RGBA{0xFF, 0x8A, 0x1E, 0xFF},
	Oven:       color.RGBA{0x5A, 0x4A, 0x3E, 0xFF},
	Ring:       color.RGBA{0x2B, 0x23, 0x1C, 0xFF},
	Full:       color.RGBA{0xB8, 0x3A, 0x00, 0xFF},
	Empty:      color.RGBA{0x3D, 0x5A, 0x80, 0xFF},
	Bubble:     color.RGBA{0xFF, 0xFF, 0xFF, 0xFF},
	Shadow:     color.RGBA{0x00, 0x00, 0x00, 0x30},
}

// Dark is the theme for dark surroundings: a walnut table in a dim room.
var Dark = Theme{
	Name:       "dark",
	Background: color.RGBA{0x1C, 0x1A, 0x18, 0xFF},
	Table:      color.RGBA{0x4A, 0x38, 0x2A, 0xFF},
	TableEdge:  color.RGBA{0x2E, 0x22, 0x19, 0xFF},
	Plate:      color.RGBA{0xE8, 0xE4, 0xDC, 0xFF},
	PlateRim:   color.RGBA{0x9A, 0x93, 0x88, 0xFF},
	Slot:       color.RGBA{0x8F, 0x87, 0x7C, 0xFF},
	Text:       color.RGBA{0xF2, 0xEC, 0xE2, 0xFF},
	Muted:      color.RGBA{0xB8, 0xAE, 0xA0, 0xFF},
	Panel:      color.RGBA{0x2A, 0x26, 0x22, 0xF0},
	Button:     color.RGBA{0x3D, 0x37, 0x31, 0xFF},
	ButtonText: color.RGBA{0xFF, 0xFF, 0xFF, 0xFF},
	Skin:       color.RGBA{0xE0, 0xAE, 0x86, 0xFF},
	Hat:        color.RGBA{0xF5, 0xF5, 0xF2, 0xFF},
	Done:       color.RGBA{0x7A, 0x75, 0x6E, 0xFF},
	Glow:       color.RGBA{0xCC, 0x7B, 0x26, 0xFF},
	Oven:       color.RGBA{0x22, 0x1C, 0x17, 0xFF},
	Ring:       color.RGBA{0xF2, 0xEC, 0xE2, 0xFF},
	Full:       color.RGBA{0xFF, 0x7A, 0x3D, 0xFF},
	Empty:      color.RGBA{0x9C, 0xC3, 0xF0, 0xFF},
	Bubble:     color.RGBA{0x2A, 0x26, 0x22, 0xFF},
	Shadow:     color.RGBA{0x00, 0x00, 0x00, 0x50},
}

// Themes lists the themes by name.
var Themes = []Theme{Light, Dark}

// ByName returns the theme with the given name.
func ByName(name string) (Theme, error) {
	for _, t := range Themes {
		if t.Name == name {
			return t, nil
		}
	}
	return Theme{}, fmt.Errorf("palette: no theme %q", name)
}

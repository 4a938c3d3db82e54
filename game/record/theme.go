package record

import (
	"image/color"

	"github.com/gobakery/bakery/game/palette"
)

// ThemeColors returns the colours and grounds (see [Options]) of a scene drawn in th: every colour of the theme
// and every loaf colour, over the floor, the table, the plate, the buttons and the panels that text sits on.
// Colours the game mixes itself map to their nearest entry.
func ThemeColors(th palette.Theme) (colors, grounds []color.Color) {
	panel := over(th.Panel, th.Background) // the panel is translucent: as it looks over the floor
	grounds = []color.Color{th.Background, th.Table, th.Plate, th.Button, panel}
	for _, c := range []color.RGBA{th.TableEdge, th.PlateRim, th.Slot, th.Text, th.Muted, th.Panel, th.ButtonText,
		th.Skin, th.Hat, th.Done, th.Glow, th.Oven, th.Ring, th.Full, th.Empty, th.Bubble, th.Shadow} {
		colors = append(colors, c)
	}
	for _, c := range palette.Loaves {
		colors = append(colors, c)
	}
	return colors, grounds
}

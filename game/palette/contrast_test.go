package palette

import (
	"fmt"
	"image/color"
	"testing"

	"github.com/stretchr/testify/assert"
)

// WCAG 2.2 AA minimums: 1.4.3 for text, 1.4.11 for the parts of controls and graphics a reader needs. The game's
// text is taken as normal text: its sizes scale with the window, and at the smallest scale even the bold clock
// is below 18.66 px.
const (
	textMin = 4.5
	partMin = 3.0
)

// pair is a colour drawn on a ground, where the game draws it.
type pair struct {
	where  string
	fg, bg color.RGBA
	min    float64
}

// pairs lists what the game draws on what in th (grep game/*.go for g.write and the pen's colours); translucent
// grounds are composited as the screen shows them.
func pairs(th Theme) []pair {
	panel := over(th.Panel, th.Background)        // the control bar and the help overlay, over the floor
	panelOnTable := over(th.Panel, th.Table)      // the finished panel, over the table
	lit := mix(th.Button, th.Glow, 0.55)          // the loaded preset's button and the Replay button
	hot := over(scaled(th.Text, 0x20), th.Button) // a button under the pointer
	return []pair{
		// draw_hud.go drawTop: the clock, the status, the counts and the settings, on the floor.
		{"clock and status on the floor", th.Text, th.Background, textMin},
		{"counts and settings on the floor", th.Muted, th.Background, textMin},
		// draw_actor.go: names on the table, a done actor's in Muted; the sides' captions.
		{"names on the table", th.Text, th.Table, textMin},
		{"captions and done names on the table", th.Muted, th.Table, textMin},
		// draw_plate.go: the "4 / 6" count below the plate, "plate 0: …" in Muted.
		{"plate count on the table", th.Text, th.Table, textMin},
		// Text and marks on the plate (the hand-to-hand caption, the head mark, a done actor's badge) take
		// Ink(Plate): the plate is cream in both themes, so no Muted reads on the dark theme's walnut table and
		// on its plate too (it would need a luminance above 0.38 and below 0.13).
		{"secondary text on the plate", Ink(th.Plate), th.Plate, textMin},
		{"head mark and done marks on the plate", Ink(th.Plate), th.Plate, partMin},
		// chrome.go and draw_hud.go drawControls: the control bar.
		{"stepper captions on the bar", th.Muted, panel, textMin},
		{"stepper values on the bar", th.Text, panel, textMin},
		{"button labels and icons", th.ButtonText, th.Button, textMin},
		{"times caption on its button", th.Muted, th.Button, textMin},
		{"button label under the pointer", th.ButtonText, hot, textMin},
		{"loaded preset's number", th.ButtonText, lit, textMin},
		{"loaded preset's number under the pointer", th.ButtonText, over(scaled(th.Text, 0x20), lit), textMin},
		{"Replay under the pointer", th.ButtonText, mix(lit, th.Text, 0.12), textMin},
		// A button's fill is a shade of the panel's, too close to it to show the button's edge; PlateRim, the
		// edge of the bar and of the help panel, outlines a button at 3:1.
		{"button outline on the bar", th.PlateRim, panel, partMin},
		{"button outline on the finished panel", th.PlateRim, panelOnTable, partMin},
		// draw_hud.go drawFinished, drawHelp: text on panels.
		{"finished message", th.Text, panelOnTable, textMin},
		{"help text", th.Text, panel, textMin},
		{"help descriptions", th.Muted, panel, textMin},
		// drawNote and drawTooltip: floor-coloured text on a near-opaque Text pill.
		{"note on the table", th.Background, over(scaled(th.Text, 0xE0), th.Table), textMin},
		{"tooltip on the table", th.Background, over(scaled(th.Text, 0xEE), th.Table), textMin},
		{"tooltip on the floor", th.Background, over(scaled(th.Text, 0xEE), th.Background), textMin},
		// draw_actor.go drawBubble: "plate full · 1.5 s" and the eater's wait, in the signal colours.
		{"plate-full bubble text", th.Full, th.Bubble, textMin},
		{"plate-empty bubble text", th.Empty, th.Bubble, textMin},
		// chrome.go badge: FULL and EMPTY in pills of the signal colours.
		{"FULL badge", Ink(th.Full), th.Full, textMin},
		{"EMPTY badge", Ink(th.Empty), th.Empty, textMin},
		// The signal colours as graphics: the full plate's rim and the bubbles' outlines on the table, the
		// badges on the floor and on panels.
		{"full signal on the table", th.Full, th.Table, partMin},
		{"empty signal on the table", th.Empty, th.Table, partMin},
		{"full signal on the floor", th.Full, th.Background, partMin},
		{"empty signal on the floor", th.Empty, th.Background, partMin},
		{"full signal on a panel", th.Full, panel, partMin},
		{"empty signal on a panel", th.Empty, panel, partMin},
		// draw_plate.go drawPlateShape: where the plate ends.
		{"plate rim on the table", th.PlateRim, th.Table, partMin},
		{"empty plate's rim on the table", mix(th.PlateRim, th.Empty, 0.35), th.Table, partMin},
		// sprites.go: progress rings on the table.
		{"progress ring on the table", th.Ring, th.Table, partMin},
	}
}

func TestThemeContrast(t *testing.T) {
	for _, th := range Themes {
		t.Run(th.Name, func(t *testing.T) {
			for _, p := range pairs(th) {
				t.Run(p.where, func(t *testing.T) {
					assert.GreaterOrEqual(t, Contrast(p.fg, p.bg), p.min, "%v on %v", hex(p.fg), hex(p.bg))
				})
			}
		})
	}
}

func TestLoafLabelContrast(t *testing.T) {
	// draw_loaf.go: a loaf's label ("J3") in Ink of its colour, on the loaf and on a cell of a stacked plate.
	for i, c := range Loaves {
		t.Run(hex(c), func(t *testing.T) {
			assert.GreaterOrEqual(t, Contrast(Ink(c), c), textMin, "loaf %d: %v on %v", i, hex(Ink(c)), hex(c))
		})
	}
}

func TestContrast(t *testing.T) {
	black, white := color.RGBA{0, 0, 0, 0xFF}, color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}
	for _, tc := range []struct {
		name string
		a, b color.Color
		want float64
	}{
		{"black on white", black, white, 21},
		{"white on black", white, black, 21},
		{"the same", white, white, 1},
		{"WCAG's grey #767676, the lightest that passes on white", color.RGBA{0x76, 0x76, 0x76, 0xFF}, white, 4.54},
		{"grey #777777 just fails", color.Gray{0x77}, white, 4.48},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.InDelta(t, tc.want, Contrast(tc.a, tc.b), 0.005)
		})
	}
}

func ExampleContrast() {
	fmt.Printf("%.2f\n", Contrast(color.RGBA{0x2B, 0x23, 0x1C, 0xFF}, Light.Table))
	// Output: 8.29
}

// over composites the premultiplied colour c over the opaque ground g, as the game's drawing does.
func over(c, g color.RGBA) color.RGBA {
	k := 255 - int(c.A)
	ch := func(c, g uint8) uint8 { return uint8(min(255, int(c)+(int(g)*k+127)/255)) }
	return color.RGBA{ch(c.R, g.R), ch(c.G, g.G), ch(c.B, g.B), 0xFF}
}

// scaled is c at alpha a, premultiplied, as the game's withAlpha makes it.
func scaled(c color.RGBA, a uint8) color.RGBA {
	k := uint16(a)
	return color.RGBA{uint8(uint16(c.R) * k / 255), uint8(uint16(c.G) * k / 255), uint8(uint16(c.B) * k / 255), uint8(uint16(c.A) * k / 255)}
}

// mix is the game's linear blend of a towards b.
func mix(a, b color.RGBA, t float64) color.RGBA {
	l := func(x, y uint8) uint8 { return uint8(float64(x) + (float64(y)-float64(x))*t + 0.5) }
	return color.RGBA{l(a.R, b.R), l(a.G, b.G), l(a.B, b.B), l(a.A, b.A)}
}

func hex(c color.RGBA) string { return fmt.Sprintf("#%02X%02X%02X", c.R, c.G, c.B) }

// Package layout places everything on the screen: table, plate slots, bakers, eaters and controls. It is pure
// arithmetic, so it is tested without a display and the screenshot tests can ask it where to look.
package layout

import (
	"image"
	"math"
)

// Params is what the layout depends on.
type Params struct {
	// Size is the screen in device pixels.
	Size Point
	// Scale is device pixels per logical (CSS) pixel: 1 on ordinary screens, 2 on most HiDPI ones.
	Scale float64
	// Bakers, Eaters and Capacity are the counts to make room for.
	Bakers, Eaters, Capacity int
	// BakerCells and EaterCells, if above the counts, are how many places each side's grid has (see Cells);
	// zero means Cells(count, 0).
	BakerCells, EaterCells int
	// Minimal leaves out the controls, for small embeds.
	Minimal bool
	// Touch says the screen is touched rather than pointed at: controls are then at least 44 CSS pixels.
	Touch bool
	// Panels are the panels asked for beside the scene; with PanelsAuto the layout shows the code and the
	// charts where there is room, and none where there is not.
	Panels     Panels
	PanelsAuto bool
	// Tour makes room for the tour's card above the scene; TourText is the length, in characters, of each of
	// its paragraphs, so that the card is as tall as they need once wrapped.
	Tour     bool
	TourText [4]int
	// TourFirst and TourLast say the card shows the first or the last chapter: it has no Back, or no Next.
	TourFirst, TourLast bool
	// MoreControls shows every control where only the essential ones would (AutoMinimal), as long as they fit
	// in three quarters of the screen: asked for by the button that shows them there, control.MoreControls.
	MoreControls bool
}

// DefaultWindow and MinWindow are the desktop window's size when not given, and the smallest the layout is
// designed for (the desktop's -window takes no less).
var (
	DefaultWindow = image.Point{1280, 720}
	MinWindow     = image.Point{800, 450}
)

// Sizes the layout keeps to, in CSS pixels.
const (
	// MinText is the smallest text drawn: nothing is smaller; what does not fit is left out or shortened.
	MinText = 12
	// MinTouch is the smallest control on a touch screen (WCAG 2.5.5); MinPoint with a mouse.
	MinTouch = 44
	MinPoint = 36
)

// Layout is where everything goes for one set of Params.
//
// Rows are the rows of the control bar, each the bounds of its buttons.
type Layout struct {
	Params
	// Unit is the size of one design pixel in device pixels: it grows with HiDPI and with big windows, and
	// shrinks a little in small ones. Strokes and gaps are multiples of it.
	Unit float64
	// Text sizes in device pixels; every one is at least MinText CSS pixels.
	TitleSize, TextSize, SmallSize float64
	// Portrait is set when the screen is taller than wide: the plate on top, the bakers and eaters below it.
	Portrait bool
	// Narrow is set when the top bar has room for one item a line.
	Narrow bool
	// AutoMinimal is set when the full controls do not fit and only the essential ones are shown.
	AutoMinimal bool
	// Top holds the clock, the status and the settings.
	Top Rect
	// Table is the tabletop, seen from above.
	Table Rect
	// Controls is the bar of on-canvas buttons; empty in minimal mode.
	Controls Rect
	Plate    Plate
	Bakers   Side
	Eaters   Side
	Buttons  []Button
	Steppers []Stepper
	Rows     []Rect
	// Replay is the button a finished run offers, and Card the finished card around it.
	Replay Button
	Card   Rect
	// CardLines is how many lines of figures and advice the finished card has room for, up to 4.
	CardLines int
	// Help is the help overlay's panel.
	Help Rect
	// Shown are the panels laid out, and Code, Chart and WhatIf their places (empty when not shown).
	Shown               Panels
	Code, Chart, WhatIf Rect
	// TourCard is the tour's card above the scene (empty without a tour), with its buttons in Buttons.
	TourCard Rect
}

// New computes the layout for p. Sizes below 1 and counts below 0 are treated as 1 and 0.
func New(p Params) *Layout {
	p.Size.X = max(p.Size.X, 1)
	p.Size.Y = max(p.Size.Y, 1)
	if p.Scale <= 0 {
		p.Scale = 1
	}
	p.Bakers, p.Eaters, p.Capacity = max(p.Bakers, 0), max(p.Eaters, 0), max(p.Capacity, 0)
	p.BakerCells = max(p.BakerCells, Cells(p.Bakers, 0))
	p.EaterCells = max(p.EaterCells, Cells(p.Eaters, 0))
	l := &Layout{Params: p}
	s := p.Scale
	css := p.Size.Mul(1 / s)
	l.Portrait = css.Y > css.X*1.1
	l.Narrow = css.X < 640
	k := clamp(min(css.X/1280, css.Y/720), 0.75, 1.5)
	if l.Portrait {
		k = clamp(css.X/720, 0.75, 1.5)
	}
	// In steps of a twentieth, so that dragging a window's corner changes the sizes of things (and the
	// sprites drawn at them) now and then rather than at every pixel.
	l.Unit = s * math.Round(k*20) / 20
	u := l.Unit
	l.TitleSize, l.TextSize, l.SmallSize = max(20*u, 16*s), max(15*u, 13*s), max(12.5*u, MinText*s)

	pad := 8 * u
	lines := 1.5
	if l.Narrow {
		lines = 3
	}
	top := l.TitleSize*1.45 + l.SmallSize*lines + pad
	if p.Minimal {
		top = l.TitleSize*1.45 + pad
	}
	l.Top = R(0, 0, p.Size.X, top)
	bottom := p.Size.Y
	if !p.Minimal {
		bottom = l.layoutControls()
	}
	l.Table = Rect{Point{pad, top}, Point{p.Size.X - pad, bottom - pad/2}}
	l.layoutPanels()
	l.layoutTour()
	l.layoutScene()
	w, h := min(p.Size.X-2*pad, 1100*u), p.Size.Y-2*pad
	if !l.Portrait {
		h = min(h, 520*u)
	}
	l.Help = R((p.Size.X-w)/2, (p.Size.Y-h)/2, w, h)
	return l
}

// CSS converts a length in device pixels to CSS pixels.
func (l *Layout) CSS(v float64) float64 { return v / l.Scale }

package layout

// Params is what the layout depends on.
type Params struct {
	// Size is the screen in device pixels.
	Size Point
	// Scale is device pixels per logical pixel: 1 on ordinary screens, 2 on most HiDPI ones.
	Scale float64
	// Bakers, Eaters and Capacity are the counts to make room for.
	Bakers, Eaters, Capacity int
	// Minimal leaves out the controls, for small embeds.
	Minimal bool
	// Touch says the screen is touched rather than pointed at: controls are then at least 44 CSS pixels.
	Touch bool
}

// Layout is where everything goes for one set of Params.
type Layout struct {
	Params
	// Unit is the size of one design pixel in device pixels: it grows with HiDPI and with big windows, and
	// shrinks a little in small ones. Font sizes and strokes are multiples of it.
	Unit float64
	// Text sizes in device pixels.
	TitleSize, TextSize, SmallSize float64
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
	// Replay is the button a finished run offers.
	Replay Button
	// Help is the help overlay's panel.
	Help Rect
}

// New computes the layout for p. Sizes below 1 and counts below 0 are treated as 1 and 0.
func New(p Params) *Layout {
	p.Size.X = max(p.Size.X, 1)
	p.Size.Y = max(p.Size.Y, 1)
	if p.Scale <= 0 {
		p.Scale = 1
	}
	p.Bakers, p.Eaters, p.Capacity = max(p.Bakers, 0), max(p.Eaters, 0), max(p.Capacity, 0)
	l := &Layout{Params: p}
	logical := p.Size.Mul(1 / p.Scale)
	l.Unit = p.Scale * clamp(min(logical.X/1280, logical.Y/720), 0.8, 1.5)
	u := l.Unit
	l.TitleSize, l.TextSize, l.SmallSize = 20*u, 15*u, 12.5*u

	pad := 8 * u
	top := l.TitleSize*1.45 + l.SmallSize*1.5 + pad
	l.Top = R(0, 0, p.Size.X, top)
	bottom := p.Size.Y
	if !p.Minimal {
		bottom = l.layoutControls()
	}
	l.Table = Rect{Point{pad, top}, Point{p.Size.X - pad, bottom - pad/2}}
	l.layoutScene()
	w, h := min(p.Size.X-2*pad, 1100*u), min(p.Size.Y-2*pad, 470*u)
	l.Help = R((p.Size.X-w)/2, (p.Size.Y-h)/2, w, h)
	return l
}

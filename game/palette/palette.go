// Package palette holds the game's colours: a colour-blind-safe set for bakers and loaves, and two themes.
package palette

import "image/color"

// Loaves are the bakers' colours, from Okabe and Ito's palette, which stays distinct under the common kinds of
// colour blindness. Colour is never the only signal: loaves also carry their baker's initial and number.
var Loaves = []color.RGBA{
	{0xE6, 0x9F, 0x00, 0xFF}, // orange
	{0x56, 0xB4, 0xE9, 0xFF}, // sky blue
	{0x00, 0x9E, 0x73, 0xFF}, // bluish green
	{0xCC, 0x79, 0xA7, 0xFF}, // reddish purple
	{0x00, 0x72, 0xB2, 0xFF}, // blue
	{0xD5, 0x5E, 0x00, 0xFF}, // vermillion
	{0xF0, 0xE4, 0x42, 0xFF}, // yellow
}

// Loaf returns the colour of the loaves of the baker at index i (0-based, in the order bakers joined).
func Loaf(i int) color.RGBA {
	if i < 0 {
		i = -i
	}
	return Loaves[i%len(Loaves)]
}

// Ink returns a text colour that reads well on background c: near-black or white, whichever contrasts more.
// On every loaf colour and every theme's signal colours it reaches WCAG's 4.5:1 for text (see the tests).
func Ink(c color.RGBA) color.RGBA {
	// By WCAG contrast, not by a brightness threshold: mid colours such as the bluish green and the vermillion
	// read only in near-black, which a threshold on perceived brightness would have made white (3.4:1, 3.9:1).
	if Contrast(darkInk, c) >= Contrast(lightInk, c) {
		return darkInk
	}
	return lightInk
}

// darkInk and lightInk are Ink's colours. darkInk is a warm near-black, dark enough for 4.5:1 on the vermillion
// loaf, the loaf colour on which either ink reads least well.
var (
	darkInk  = color.RGBA{0x1A, 0x16, 0x12, 0xFF}
	lightInk = color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}
)

// Near reports whether colours a and b differ by at most tol in each channel.
func Near(a, b color.RGBA, tol uint8) bool {
	d := func(x, y uint8) uint8 {
		if x > y {
			return x - y
		}
		return y - x
	}
	return d(a.R, b.R) <= tol && d(a.G, b.G) <= tol && d(a.B, b.B) <= tol
}

// IsLoaf reports whether c is one of the loaf colours, within tol, and which.
func IsLoaf(c color.RGBA, tol uint8) (int, bool) {
	for i, l := range Loaves {
		if Near(c, l, tol) {
			return i, true
		}
	}
	return 0, false
}

package palette

import (
	"image/color"
	"math"
)

// Luminance returns the relative luminance of c as WCAG 2.2 defines it: 0 for black, 1 for white. c is taken as
// opaque; composite a translucent colour over what it is drawn on first.
func Luminance(c color.Color) float64 {
	r, g, b := rgb(c)
	return 0.2126*linear(r) + 0.7152*linear(g) + 0.0722*linear(b)
}

// Contrast returns the WCAG 2.2 contrast ratio of a and b, from 1 (the same luminance) to 21 (black on white).
// Text needs 4.5 (3 when at least 24 px, or bold and at least 18.66 px); the parts of controls and of graphics
// that a reader needs need 3.
func Contrast(a, b color.Color) float64 {
	la, lb := Luminance(a), Luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// rgb returns c's channels as 8-bit sRGB values.
func rgb(c color.Color) (r, g, b uint8) {
	r32, g32, b32, _ := c.RGBA()
	return uint8(r32 >> 8), uint8(g32 >> 8), uint8(b32 >> 8)
}

// linear turns an 8-bit sRGB channel into linear light.
func linear(v uint8) float64 {
	s := float64(v) / 255
	if s <= 0.04045 {
		return s / 12.92
	}
	return math.Pow((s+0.055)/1.055, 2.4)
}

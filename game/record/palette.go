package record

import (
	"fmt"
	"image/color"
)

// maxLevels is the most blends made between a colour and a ground it is drawn on. An antialiased edge pixel is
// a mix α·colour + (1−α)·ground; with L evenly spaced blends the nearest entry is off by at most 1/(2L+2) in α.
// One level (a half-way mix) already turns a staircase into a soft edge; three (¼, ½, ¾) leave an error of ⅛,
// below what the eye resolves on a one-pixel edge, so more would spend palette entries for nothing. Fewer are
// used when three do not fit in a GIF's 256 entries.
const maxLevels = 3

// transparent is the palette index of the transparent entry: unchanged pixels. The quantiser never picks it.
const transparent = 0

// buildPalette makes the GIF palette: the transparent entry, then the grounds and colours exactly, then blends
// of every colour with every ground at as many levels as fit (see maxLevels), earlier grounds first. A
// translucent colour is taken composited over each ground, which is how it appears on screen. Colours that
// share a cell of the quantiser's table (within 4 levels a channel: no eye tells them apart) are kept once, so
// that every entry maps back to itself. It returns the palette, how many entries (after the transparent one)
// are exact colours, and each ground's number of levels.
func buildPalette(colors, grounds []color.Color) (color.Palette, int, []int, error) {
	var exact, gs []color.RGBA
	seen := map[int]bool{} // cells taken
	keep := func(c color.RGBA) {
		if k := cell(c.R, c.G, c.B); !seen[k] {
			seen[k] = true
			exact = append(exact, c)
		}
	}
	for i, g := range grounds {
		if g == nil {
			return nil, 0, nil, fmt.Errorf("record: ground %d is nil", i+1)
		}
		c := color.RGBAModel.Convert(g).(color.RGBA)
		if c.A != 0xFF {
			return nil, 0, nil, fmt.Errorf("record: ground %d (%v) is translucent: want an opaque surface", i+1, c)
		}
		gs = append(gs, c)
		keep(c)
	}
	for i, c := range colors {
		if c == nil {
			return nil, 0, nil, fmt.Errorf("record: colour %d is nil", i+1)
		}
		rgba := color.RGBAModel.Convert(c).(color.RGBA)
		switch {
		case rgba.A == 0xFF:
			keep(rgba)
		case len(gs) == 0:
			keep(opaque(rgba))
		default:
			for _, g := range gs {
				keep(over(rgba, g))
			}
		}
	}
	if len(exact) == 0 {
		return nil, 0, nil, fmt.Errorf("record: no colours: want at least one")
	}
	if 1+len(exact) > 256 {
		return nil, 0, nil, fmt.Errorf("record: %d colours: want at most 255 (a GIF has 256 entries, one transparent)", len(exact))
	}
	// Raise every ground to one level, then two, then three, most important ground first, while they fit.
	levels := make([]int, len(gs))
	var blends []color.RGBA
raise:
	for l := 1; l <= maxLevels; l++ {
		for i := range gs {
			levels[i] = l
			b := blendsOf(exact, gs, levels, seen)
			if 1+len(exact)+len(b) > 256 {
				levels[i] = l - 1
				break raise
			}
			blends = b
		}
	}
	p := make(color.Palette, 0, 1+len(exact)+len(blends))
	p = append(p, color.RGBA{})
	for _, c := range exact {
		p = append(p, c)
	}
	for _, c := range blends {
		p = append(p, c)
	}
	return p, len(exact), levels, nil
}

// blendsOf returns the blends of every colour in exact with every ground gs[i] at levels[i] levels, one per
// cell of the quantiser's table, leaving out the cells already taken.
func blendsOf(exact, gs []color.RGBA, levels []int, taken map[int]bool) []color.RGBA {
	var out []color.RGBA
	in := map[int]bool{}
	for i, g := range gs {
		for _, c := range exact {
			for k := 1; k <= levels[i] && c != g; k++ {
				m := mix(c, g, k, levels[i]+1)
				if key := cell(m.R, m.G, m.B); !taken[key] && !in[key] {
					in[key] = true
					out = append(out, m)
				}
			}
		}
	}
	return out
}

// mix returns k/n of the way from b to a: k/n·a + (1−k/n)·b, rounded.
func mix(a, b color.RGBA, k, n int) color.RGBA {
	f := func(x, y uint8) uint8 { return uint8((k*int(x) + (n-k)*int(y) + n/2) / n) }
	return color.RGBA{f(a.R, b.R), f(a.G, b.G), f(a.B, b.B), 0xFF}
}

// over composites the premultiplied colour c over the opaque ground g, saturating as a GPU's framebuffer does
// (palette.Light's Panel has more red than alpha, which premultiplied colours cannot).
func over(c, g color.RGBA) color.RGBA {
	f := func(x, y uint8) uint8 { return uint8(min(255, int(x)+(int(y)*(255-int(c.A))+127)/255)) }
	return color.RGBA{f(c.R, g.R), f(c.G, g.G), f(c.B, g.B), 0xFF}
}

// opaque drops the alpha of the premultiplied colour c, keeping its hue.
func opaque(c color.RGBA) color.RGBA {
	if c.A == 0 {
		return color.RGBA{A: 0xFF}
	}
	f := func(x uint8) uint8 { return uint8(min(255, (int(x)*255+int(c.A)/2)/int(c.A))) }
	return color.RGBA{f(c.R), f(c.G), f(c.B), 0xFF}
}

// lutBits is the precision per channel of the quantiser's lookup table: 6 bits make 2¹⁸ cells of 4×4×4 levels,
// a 256 KiB table, and an error of at most 2 levels per channel beyond the palette's own.
const lutBits = 6

// quantizer maps colours to palette indices through a lookup table on the top lutBits bits of each channel,
// filled lazily: a frame touches a few thousand cells, each costing one search of the palette once; later
// lookups are one load. The palette's own colours, one to a cell, are filled in first, so that they map to
// themselves.
type quantizer struct {
	pal []color.RGBA
	lut []uint8 // cell → palette index; 0 (the transparent index, never chosen) means not yet known
}

func newQuantizer(p color.Palette) *quantizer {
	q := &quantizer{pal: make([]color.RGBA, len(p)), lut: make([]uint8, 1<<(3*lutBits))}
	for i, c := range p {
		q.pal[i] = c.(color.RGBA)
		if i != transparent {
			q.lut[cell(q.pal[i].R, q.pal[i].G, q.pal[i].B)] = uint8(i)
		}
	}
	return q
}

func cell(r, g, b uint8) int {
	const s = 8 - lutBits
	return int(r>>s)<<(2*lutBits) | int(g>>s)<<lutBits | int(b>>s)
}

// index returns the palette index for the colour r, g, b.
func (q *quantizer) index(r, g, b uint8) uint8 {
	k := cell(r, g, b)
	if i := q.lut[k]; i != transparent {
		return i
	}
	// The cell's centre stands for the whole cell, so that the table does not depend on which colour came first.
	const half = 1 << (8 - lutBits - 1)
	i := q.nearest(int(r)&^(2*half-1)|half, int(g)&^(2*half-1)|half, int(b)&^(2*half-1)|half)
	q.lut[k] = i
	return i
}

// nearest searches the palette for the entry closest to r, g, b, weighting green most and blue least, as the
// eye does.
func (q *quantizer) nearest(r, g, b int) uint8 {
	best, bestD := 1, int(^uint(0)>>1)
	for i := 1; i < len(q.pal); i++ {
		c := q.pal[i]
		dr, dg, db := r-int(c.R), g-int(c.G), b-int(c.B)
		if d := 3*dr*dr + 4*dg*dg + 2*db*db; d < bestD {
			best, bestD = i, d
		}
	}
	return uint8(best)
}

package record

import (
	"bytes"
	"encoding/binary"
	"image"
)

// changed returns the smallest rectangle holding every pixel of the frame pix (rows stride bytes apart) that
// differs from the last frame, or an empty rectangle if none does. Unchanged rows are skipped with one
// bytes.Equal each; in a changed row only the bytes outside the columns already known to change are compared.
// The first frame has nothing to compare with: it is not asked.
func (r *Recorder) changed(pix []uint8, stride int) image.Rectangle {
	size := r.opt.Size
	pw := 4 * size.X
	rect := image.Rectangle{Min: image.Pt(size.X, size.Y)}
	for y := range size.Y {
		cur, old := pix[y*stride:][:pw], r.prev[y*pw:][:pw]
		if bytes.Equal(cur, old) {
			continue
		}
		if rect.Min.Y > y {
			rect.Min.Y = y
		}
		rect.Max.Y = y + 1
		// Leftmost and rightmost differences, looking only outside the columns known to change, and byte by
		// byte only where bytes.Equal (in assembly, in WebAssembly too) finds a difference.
		if l := 4 * rect.Min.X; !bytes.Equal(cur[:l], old[:l]) {
			rect.Min.X = firstDiff(cur[:l], old[:l]) / 4
		}
		if from := 4 * rect.Max.X; !bytes.Equal(cur[from:], old[from:]) {
			rect.Max.X = (from+lastDiff(cur[from:], old[from:]))/4 + 1
		}
	}
	if rect.Max.Y == 0 {
		return image.Rectangle{}
	}
	return rect
}

// firstDiff returns the index of the first byte where a and b (of equal length) differ, or -1.
func firstDiff(a, b []byte) int {
	i := 0
	for ; i+8 <= len(a); i += 8 {
		if binary.LittleEndian.Uint64(a[i:]) != binary.LittleEndian.Uint64(b[i:]) {
			break
		}
	}
	for ; i < len(a); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return -1
}

// lastDiff returns the index of the last byte where a and b (of equal length) differ, or -1.
func lastDiff(a, b []byte) int {
	i := len(a)
	for ; i >= 8; i -= 8 {
		if binary.LittleEndian.Uint64(a[i-8:]) != binary.LittleEndian.Uint64(b[i-8:]) {
			break
		}
	}
	for i--; i >= 0; i-- {
		if a[i] != b[i] {
			return i
		}
	}
	return -1
}

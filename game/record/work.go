package record

import (
	"encoding/binary"
	"fmt"
	"image"
	"image/gif"
)

// Work does the next step of the pending frame: it quantises up to rows of its rows or, once they are all
// done, compresses it and writes it, never both in one call. It reports whether work remains. Rows are what
// the caller can budget (rows < 1 quantises none); compressing is one step whatever its size. In WebAssembly
// (node 20), for a 800×450 frame where most of the picture moves, quantising costs about 4 µs a row and
// compressing about 5 ms (BenchmarkQuantise, BenchmarkFrame).
func (r *Recorder) Work(rows int) (more bool, err error) {
	p := &r.pend
	switch {
	case r.err != nil || !p.on:
		return false, r.err
	case p.row < p.rect.Max.Y:
		end := min(p.rect.Max.Y, p.row+max(rows, 0))
		r.quantise(p.row, end)
		p.row = end
		return true, nil
	}
	p.on = false
	r.err = r.write()
	return false, r.err
}

// Flush finishes the pending frame, if any.
func (r *Recorder) Flush() error {
	for {
		if more, err := r.Work(r.opt.Size.Y); !more {
			return err
		}
	}
}

// quantise maps rows y0..y1 of the pending rectangle to palette indices, making pixels that equal the last
// frame's transparent (but in the first frame), and makes them the last frame's.
func (r *Recorder) quantise(y0, y1 int) {
	rect := r.pend.rect
	w, pw := rect.Dx(), 4*r.opt.Size.X
	first := r.pend.first
	lut := r.q.lut
	lastC, lastI := uint32(0), r.q.index(0, 0, 0) // any colour and its index, to start the cache
	for y := y0; y < y1; y++ {
		cur := r.next[y*pw+4*rect.Min.X:][:4*w]
		old := r.prev[y*pw+4*rect.Min.X:][:4*w]
		row := r.idx[(y-rect.Min.Y)*w:][:w]
		for x := range row {
			c := binary.LittleEndian.Uint32(cur[4*x:]) & 0xFFFFFF
			if !first && c == binary.LittleEndian.Uint32(old[4*x:])&0xFFFFFF {
				row[x] = transparent
				continue
			}
			if c != lastC {
				// The cell of c: the top lutBits bits of red, green and blue (see cell).
				k := (c>>2&0x3F)<<12 | (c>>10&0x3F)<<6 | c>>18&0x3F
				lastC, lastI = c, lut[k]
				if lastI == transparent {
					lastI = r.q.index(uint8(c), uint8(c>>8), uint8(c>>16))
				}
			}
			row[x] = lastI
		}
		copy(old, cur)
	}
}

// write encodes the pending frame with image/gif and writes it; the first frame comes with the GIF's header.
// An empty rectangle (nothing changed) becomes one transparent pixel: the frame must still be written to keep
// its time.
func (r *Recorder) write() error {
	rect := r.pend.rect
	pm := &image.Paletted{Pix: r.idx[:rect.Dx()*rect.Dy()], Stride: rect.Dx(), Rect: rect, Palette: r.pal}
	if rect.Empty() {
		r.idx[0] = transparent
		pm.Pix, pm.Stride, pm.Rect = r.idx[:1], 1, image.Rect(0, 0, 1, 1)
	}
	r.scratch.Reset()
	err := gif.EncodeAll(&r.scratch, &gif.GIF{
		Image: []*image.Paletted{pm}, Delay: []int{r.pend.delay}, Disposal: []byte{gif.DisposalNone},
		Config: image.Config{ColorModel: r.pal, Width: r.opt.Size.X, Height: r.opt.Size.Y},
	})
	if err != nil {
		return fmt.Errorf("record: %w", err)
	}
	head, block, err := splitGIF(r.scratch.Bytes())
	if err != nil {
		return err
	}
	if r.pend.first {
		if err := r.put(head); err != nil {
			return err
		}
		if err := r.put(loopForever); err != nil {
			return err
		}
	}
	return r.put(block)
}

func (r *Recorder) put(b []byte) error {
	n, err := r.w.Write(b)
	r.written += int64(n)
	if err != nil {
		return fmt.Errorf("record: %w", err)
	}
	return nil
}

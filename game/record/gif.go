package record

import (
	"bytes"
	"errors"
)

// The pieces of the GIF format (GIF89a specification) the recorder writes itself: image/gif writes a whole
// file at once, so each frame is encoded as a one-frame GIF and its image block cut out of it.
const (
	gifTrailer   = 0x3B
	gifExtension = 0x21
	gifGraphics  = 0xF9 // graphic control extension: delay, disposal, transparent index
)

// loopForever is the NETSCAPE2.0 application extension with a loop count of 0, as image/gif writes it for a
// GIF of several frames and LoopCount 0.
var loopForever = []byte{gifExtension, 0xFF, 0x0B, 'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0',
	0x03, 0x01, 0x00, 0x00, 0x00}

// gifBuffer is a bytes.Buffer that image/gif writes to directly: with a Flush method it needs no bufio.Writer
// of its own, which it would otherwise allocate for every frame.
type gifBuffer struct{ bytes.Buffer }

// Flush does nothing: the bytes are already in the buffer.
func (*gifBuffer) Flush() error { return nil }

// splitGIF cuts a one-frame GIF from image/gif into its head (signature, screen descriptor and global colour
// table) and its frame (graphic control extension, image descriptor, image data), dropping the trailer.
func splitGIF(b []byte) (head, frame []byte, err error) {
	const screen = 13 // "GIF89a", width, height, flags, background, aspect
	if len(b) < screen+1 || string(b[:6]) != "GIF89a" || b[len(b)-1] != gifTrailer {
		return nil, nil, errors.New("record: image/gif wrote an unexpected file")
	}
	n := screen
	if flags := b[10]; flags&0x80 != 0 {
		n += 3 << (flags&7 + 1)
	}
	if len(b) < n+2 || b[n] != gifExtension || b[n+1] != gifGraphics {
		return nil, nil, errors.New("record: image/gif wrote a frame without a graphic control extension")
	}
	return b[:n], b[n : len(b)-1], nil
}

package game

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/layout"
)

// TestEmbeddedFontsParse: the fonts are parsed on first use, where a failure could only be papered over; so
// each must parse, and be itself rather than the stand-in.
func TestEmbeddedFontsParse(t *testing.T) {
	f := newFonts()
	regular, bold, mono := f.source(false, false), f.source(true, false), f.source(false, true)
	require.NotNil(t, regular)
	assert.NotSame(t, regular, bold)
	assert.NotSame(t, regular, mono)
	assert.Same(t, bold, f.source(true, false), "parsed once")
	p := (&Game{}).program()
	require.NotNil(t, p, "the embedded program parses")
	assert.NotEmpty(t, p.Lines())
}

// TestFirstFrameParsesNoFont: the first frame draws no text, so it parses no font; the next one does.
func TestFirstFrameParsesNoFont(t *testing.T) {
	g := makeTestGame(t, layout.Pt(1280, 720), 1, false)
	g.frames(t, 1)
	assert.Nil(t, g.fonts.regular, "the first frame")
	assert.Nil(t, g.fonts.bold)
	g.frames(t, 1)
	assert.NotNil(t, g.fonts.regular, "the next")
}

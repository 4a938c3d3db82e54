package game

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/session"
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
	cfg, err := session.ParseConfig(nil)
	require.NoError(t, err)
	var now time.Duration
	g, err := New(cfg, Options{Clock: func() time.Duration { now += time.Second / 60; return now }})
	require.NoError(t, err)
	t.Cleanup(func() { g.s.Close() })
	g.screen.Store(&screenSize{layout.Pt(1280, 720), 1})
	g.frames(t, 1)
	assert.Nil(t, g.fonts.regular, "the first frame")
	assert.Nil(t, g.fonts.bold)
	g.frames(t, 1)
	assert.NotNil(t, g.fonts.regular, "the next")
}

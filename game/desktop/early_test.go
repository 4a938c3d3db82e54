//go:build !js

package desktop

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDisplayMissing(t *testing.T) {
	none := func(string) string { return "" }
	x := func(k string) string { return map[string]string{"DISPLAY": ":0"}[k] }
	assert.Error(t, displayMissing("linux", none), "X11 without DISPLAY")
	assert.NoError(t, displayMissing("linux", x))
	assert.NoError(t, displayMissing("darwin", none), "macOS and Windows need no DISPLAY")
	assert.NoError(t, displayMissing("windows", none))
}

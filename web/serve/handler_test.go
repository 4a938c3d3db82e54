package serve

import (
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHandler(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"index.html": "<p>page</p>", "bakery.wasm": "RAW-WASM", "bakery.wasm.br": "BR", "bakery.wasm.gz": "GZ",
		"wasm_exec.js": "js",
	}
	for n, s := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644))
	}
	h := Handler(dir)
	for _, tc := range []struct {
		name, path, accept    string
		body, ctype, encoding string
		rawLength             string
		vary                  bool
	}{
		{"brotli preferred", "/bakery.wasm", "gzip, deflate, br", "BR", "application/wasm", "br", "8", true},
		{"gzip when no brotli", "/bakery.wasm", "gzip", "GZ", "application/wasm", "gzip", "8", true},
		{"brotli refused by q=0", "/bakery.wasm", "br;q=0, gzip;q=0.5", "GZ", "application/wasm", "gzip", "8", true},
		{"star", "/bakery.wasm", "*", "BR", "application/wasm", "br", "8", true},
		{"identity", "/bakery.wasm", "", "RAW-WASM", "application/wasm", "", "", true},
		{"page at slash", "/", "br", "<p>page</p>", "text/html; charset=utf-8", "", "", false},
		{"page by name, no redirect", "/index.html?bakers=3", "br", "<p>page</p>", "text/html; charset=utf-8", "", "", false},
		{"script", "/wasm_exec.js", "gzip", "js", "text/javascript; charset=utf-8", "", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodGet, tc.path, nil)
			if tc.accept != "" {
				req.Header.Set("Accept-Encoding", tc.accept)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			require.Equal(t, http.StatusOK, rec.Code)
			assert.Equal(t, tc.body, rec.Body.String())
			assert.Equal(t, tc.ctype, rec.Header().Get("Content-Type"))
			assert.Equal(t, tc.encoding, rec.Header().Get("Content-Encoding"))
			assert.Equal(t, tc.rawLength, rec.Header().Get(RawLengthHeader))
			assert.Equal(t, strconv.Itoa(len(tc.body)), rec.Header().Get("Content-Length"))
			assert.Equal(t, "no-cache", rec.Header().Get("Cache-Control"))
			if tc.vary {
				assert.Contains(t, rec.Header().Values("Vary"), "Accept-Encoding")
			} else {
				assert.Empty(t, rec.Header().Values("Vary"))
			}
		})
	}
	t.Run("missing", func(t *testing.T) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/nope.wasm", nil))
		assert.Equal(t, http.StatusNotFound, rec.Code)
	})
	t.Run("no escape from the folder", func(t *testing.T) {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.URL.Path = "/../../etc/passwd"
		h.ServeHTTP(rec, req)
		assert.Equal(t, http.StatusNotFound, rec.Code)
	})
}

func TestAccepts(t *testing.T) {
	for _, tc := range []struct {
		header, coding string
		want           bool
	}{
		{"gzip, br", "br", true},
		{"GZIP", "gzip", true},
		{"br;q=0", "br", false},
		{"br; q=0.1", "br", true},
		{"*;q=0", "br", false},
		{"identity", "gzip", false},
		{"", "gzip", false},
	} {
		assert.Equal(t, tc.want, accepts(tc.header, tc.coding), "%q accepts %q", tc.header, tc.coding)
	}
}

func TestCompressRoundTrip(t *testing.T) {
	in := []byte("loaf loaf loaf loaf loaf loaf")
	gz, br, err := Compress(in, 1)
	require.NoError(t, err)
	assert.NotEmpty(t, gz)
	assert.NotEmpty(t, br)
}

func TestBuild(t *testing.T) {
	static, out := t.TempDir(), t.TempDir()
	for n, s := range map[string]string{"index.html": "<p>hi</p>", "loader.js": "go()", "wasm_exec.js": "stale", "notes.txt": "no"} {
		require.NoError(t, os.WriteFile(filepath.Join(static, n), []byte(s), 0o644))
	}
	wasm := filepath.Join(t.TempDir(), "prebuilt.wasm")
	require.NoError(t, os.WriteFile(wasm, []byte("\x00asm pretend"), 0o644))
	require.NoError(t, Build(Options{Out: out, Static: static, Wasm: wasm, Quality: 1}))

	var names []string
	ents, err := os.ReadDir(out)
	require.NoError(t, err)
	for _, e := range ents {
		names = append(names, e.Name())
	}
	assert.ElementsMatch(t, []string{
		"bakery.wasm", "bakery.wasm.br", "bakery.wasm.gz",
		"index.html", "index.html.br", "index.html.gz",
		"loader.js", "loader.js.br", "loader.js.gz",
		"wasm_exec.js", "wasm_exec.js.br", "wasm_exec.js.gz",
	}, names)
	// wasm_exec.js comes from the GOROOT of the go that builds, never from the static folder.
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	require.NoError(t, err)
	want, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	require.NoError(t, err)
	got, err := os.ReadFile(filepath.Join(out, "wasm_exec.js"))
	require.NoError(t, err)
	assert.Equal(t, want, got)
	// The twins decode to the file, so Precompress finds them up to date.
	sizes, ok := upToDate(filepath.Join(out, "bakery.wasm"), []byte("\x00asm pretend"))
	assert.True(t, ok)
	assert.Equal(t, len("\x00asm pretend"), sizes.Raw)
}

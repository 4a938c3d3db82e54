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
		name, header, coding string
		want                 bool
	}{
		{"listed", "gzip, br", "br", true},
		{"any case", "GZIP", "gzip", true},
		{"q=0 refuses", "br;q=0", "br", false},
		{"q with spaces before", "br; q=0.1", "br", true},
		{"Q in capitals", "br;Q=0.5", "br", true},
		{"three decimals", "br;q=0.001", "br", true},
		{"zero with decimals", "br;q=0.000", "br", false},
		{"one with zeros", "br;q=1.000", "br", true},
		{"one with a dot", "br;q=1.", "br", true},
		{"star refused", "*;q=0", "br", false},
		{"star", "*", "br", true},
		{"named beats star", "br;q=0, *", "br", false},
		{"other coding", "identity", "gzip", false},
		{"empty", "", "gzip", false},
		{"not a number", "br;q=abc", "br", false},
		{"infinity", "br;q=Inf", "br", false},
		{"not a number NaN", "br;q=NaN", "br", false},
		{"exponent", "br;q=1e-1", "br", false},
		{"above one", "br;q=2", "br", false},
		{"one and a bit", "br;q=1.001", "br", false},
		{"four decimals", "br;q=0.0001", "br", false},
		{"no leading digit", "br;q=.5", "br", false},
		{"negative", "br;q=-1", "br", false},
		{"plus sign", "br;q=+1", "br", false},
		{"space around =", "br;q = 0.5", "br", false},
		{"empty q", "br;q=", "br", false},
		{"another parameter", "br;level=5", "br", false},
		{"two weights", "br;q=0.5;q=1", "br", false},
		{"bad star", "*;q=abc", "br", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, accepts(tc.header, tc.coding), "%q accepts %q", tc.header, tc.coding)
		})
	}
}

// site writes a folder holding the site's files, their twins, and what web/ holds besides: sources, tests,
// folders and notes, none of which may be served.
func site(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for n, s := range map[string]string{
		"index.html": "<p>page</p>", "bakery.wasm": "RAW-WASM", "bakery.wasm.br": "BR", "bakery.wasm.gz": "GZ",
		"loader.js": "go()", "loader.js.br": "LBR", "loader.js.gz": "LGZ", "wasm_exec.js": "js",
		"serve/handler.go": "package serve", "browser/page_test.go": "package browser", "notes.txt": "no",
		".gitignore": "*.wasm",
	} {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, n)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644))
	}
	return dir
}

// get requests path from h, with the Accept-Encoding header unless it is "".
func get(h http.Handler, path, accept string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, "/", nil)
	req.URL.Path = path // as the server decoded it, whatever it is
	if accept != "" {
		req.Header.Set("Accept-Encoding", accept)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestHandlerServesOnlyTheSite(t *testing.T) {
	h := Handler(site(t))
	for _, tc := range []struct{ name, path string }{
		{"a source file", "/serve/handler.go"},
		{"a test file", "/browser/page_test.go"},
		{"a folder", "/serve/"},
		{"a folder without a slash", "/browser"},
		{"a file not in the list", "/notes.txt"},
		{"a dot file", "/.gitignore"},
		{"a twin by name", "/bakery.wasm.br"},
		{"a listed file missing from the folder", "/embed.html"},
		{"a listed file below a folder", "/serve/index.html"},
		{"a listed file with a slash after it", "/index.html/"},
		{"a 300-character path", "/" + strings.Repeat("a", 299)},
		{"a 300-character listed-looking path", "/" + strings.Repeat("./", 145) + "index.html"},
		{"dot dot", "/../serve/handler.go"},
		{"dot dot to a listed name", "/serve/../index.html"},
		{"dot dot out of the folder", "/../../etc/passwd"},
		{"backslashes", "/..\\..\\etc\\passwd"},
		{"a backslash inside", "/serve\\handler.go"},
		{"a NUL", "/index.html\x00"},
		{"no leading slash", "index.html"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := get(h, tc.path, "br, gzip")
			assert.Equal(t, http.StatusNotFound, rec.Code)
			assert.NotContains(t, rec.Body.String(), "package")
			assert.NotContains(t, rec.Body.String(), "<a href", "no listing")
		})
	}
}

func TestHandlerSaysVaryOnce(t *testing.T) {
	h := Handler(site(t))
	for _, tc := range []struct{ name, path, accept, vary string }{
		{"twins, taken", "/bakery.wasm", "br", "Accept-Encoding"},
		{"twins, refused", "/bakery.wasm", "br;q=abc", "Accept-Encoding"},
		{"twins, none asked for", "/loader.js", "", "Accept-Encoding"},
		{"no twins", "/wasm_exec.js", "br", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := get(h, tc.path, tc.accept)
			require.Equal(t, http.StatusOK, rec.Code)
			if tc.vary == "" {
				assert.Empty(t, rec.Header().Values("Vary"))
			} else {
				assert.Equal(t, []string{tc.vary}, rec.Header().Values("Vary"))
			}
		})
	}
}

func TestHandlerBadQValuesGetTheRawFile(t *testing.T) {
	h := Handler(site(t))
	for _, accept := range []string{"br;q=abc", "br;q=Inf", "br;q=1e0", "gzip;q=NaN, br;q=2"} {
		t.Run(accept, func(t *testing.T) {
			rec := get(h, "/bakery.wasm", accept)
			require.Equal(t, http.StatusOK, rec.Code)
			assert.Equal(t, "RAW-WASM", rec.Body.String())
			assert.Empty(t, rec.Header().Get("Content-Encoding"))
		})
	}
}

func TestHandlerRangeOfATwin(t *testing.T) {
	req := httptest.NewRequest(http.MethodGet, "/bakery.wasm", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	req.Header.Set("Range", "bytes=1-")
	rec := httptest.NewRecorder()
	Handler(site(t)).ServeHTTP(rec, req)
	assert.Equal(t, http.StatusPartialContent, rec.Code)
	assert.Equal(t, "Z", rec.Body.String())
	assert.Equal(t, "gzip", rec.Header().Get("Content-Encoding"))
	assert.Equal(t, "8", rec.Header().Get(RawLengthHeader))
}

func TestHandlerLinkCannotLeaveTheFolder(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.txt")
	require.NoError(t, os.WriteFile(outside, []byte("secret"), 0o644))
	dir := t.TempDir()
	if err := os.Symlink(outside, filepath.Join(dir, "loader.js")); err != nil {
		t.Skipf("cannot make a symbolic link here: %v", err)
	}
	rec := get(Handler(dir), "/loader.js", "")
	assert.Equal(t, http.StatusNotFound, rec.Code)
	assert.NotContains(t, rec.Body.String(), "secret")
}

func TestHandlerOnlyReads(t *testing.T) {
	h := Handler(site(t))
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete} {
		t.Run(method, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(method, "/index.html", nil))
			assert.Equal(t, http.StatusMethodNotAllowed, rec.Code)
			assert.Equal(t, "GET, HEAD", rec.Header().Get("Allow"))
		})
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodHead, "/index.html", nil))
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.Empty(t, rec.Body.String())
}

func TestHandlerOfAnotherList(t *testing.T) {
	dir := site(t)
	h := HandlerOf(dir, []File{{"notes.txt", Page}})
	assert.Equal(t, "no", get(h, "/notes.txt", "").Body.String())
	assert.Equal(t, http.StatusNotFound, get(h, "/", "").Code, "index.html is not in that list")
	assert.Equal(t, http.StatusNotFound, get(h, "/bakery.wasm", "").Code)
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
	var want []string
	for _, f := range Files {
		want = append(want, f.Name, f.Name+".br", f.Name+".gz")
		if f.From == Page {
			require.NoError(t, os.WriteFile(filepath.Join(static, f.Name), []byte("<p>"+f.Name+"</p>"), 0o644))
		}
	}
	for n, s := range map[string]string{"wasm_exec.js": "stale", "notes.txt": "no", "serve/handler.go": "package serve"} {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(static, n)), 0o755))
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
	assert.ElementsMatch(t, want, names, "the listed files and their twins, nothing else")
	// wasm_exec.js comes from the GOROOT of the go that builds, never from the static folder.
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	require.NoError(t, err)
	js, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	require.NoError(t, err)
	got, err := os.ReadFile(filepath.Join(out, "wasm_exec.js"))
	require.NoError(t, err)
	assert.Equal(t, js, got)
	// The twins decode to the file, so Precompress finds them up to date.
	sizes, ok := upToDate(filepath.Join(out, "bakery.wasm"), []byte("\x00asm pretend"))
	assert.True(t, ok)
	assert.Equal(t, len("\x00asm pretend"), sizes.Raw)
}

func TestBuildNeedsEveryPage(t *testing.T) {
	static := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(static, "index.html"), []byte("<p>hi</p>"), 0o644))
	wasm := filepath.Join(t.TempDir(), "prebuilt.wasm")
	require.NoError(t, os.WriteFile(wasm, []byte("\x00asm pretend"), 0o644))
	err := Build(Options{Out: t.TempDir(), Static: static, Wasm: wasm, Quality: 1})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "embed.html")
}

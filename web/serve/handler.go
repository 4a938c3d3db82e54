// Package serve serves and builds the browser version of Bakery: a static folder with the wasm precompressed.
package serve

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// RawLengthHeader carries the size of a file before its Content-Encoding, so that the loader's progress bar
// knows the total when the bytes arrive compressed (Content-Length is then the compressed size).
const RawLengthHeader = "X-Raw-Length"

// encodings are the precompressed forms tried, best first: the file name suffix and the Content-Encoding.
var encodings = []struct{ suffix, name string }{{".br", "br"}, {".gz", "gzip"}}

// Handler serves the files under dir. For a file with a precompressed twin (name.br, name.gz) it sends the twin
// with the matching Content-Encoding when the request's Accept-Encoding allows it, and always says
// "Vary: Accept-Encoding". Types come from the extension (.wasm is application/wasm whatever the system's
// MIME tables say). Cache-Control is "no-cache": a browser may keep a copy but must revalidate it, so a rebuilt
// wasm is picked up by a plain reload during development. The Handler is safe for concurrent use.
func Handler(dir string) http.Handler {
	fs := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Cache-Control", "no-cache")
		h.Set("X-Content-Type-Options", "nosniff")
		name := path.Clean("/" + r.URL.Path)
		if strings.HasSuffix(name, "/") {
			name += "index.html"
		}
		local := filepath.Join(dir, filepath.FromSlash(name))
		if ctype := contentType(name); ctype != "" {
			h.Set("Content-Type", ctype)
		}
		raw, err := os.Stat(local)
		if err != nil || raw.IsDir() {
			fs.ServeHTTP(w, r)
			return
		}
		for _, e := range encodings {
			if !hasTwin(local, e.suffix) {
				continue
			}
			h.Add("Vary", "Accept-Encoding")
			if !accepts(r.Header.Get("Accept-Encoding"), e.name) {
				continue
			}
			f, err := os.Open(local + e.suffix)
			if err != nil {
				break
			}
			defer f.Close()
			st, err := f.Stat()
			if err != nil {
				break
			}
			h.Set("Content-Encoding", e.name)
			h.Set(RawLengthHeader, strconv.FormatInt(raw.Size(), 10))
			if r.Header.Get("Range") == "" {
				// http.ServeContent leaves Content-Length out when there is a Content-Encoding.
				h.Set("Content-Length", strconv.FormatInt(st.Size(), 10))
			}
			http.ServeContent(w, r, name, st.ModTime(), f)
			return
		}
		// Served directly rather than through http.FileServer, which would redirect ".../index.html" to ".../".
		f, err := os.Open(local)
		if err != nil {
			fs.ServeHTTP(w, r)
			return
		}
		defer f.Close()
		http.ServeContent(w, r, name, raw.ModTime(), f)
	})
}

func hasTwin(local, suffix string) bool {
	st, err := os.Stat(local + suffix)
	return err == nil && !st.IsDir()
}

// contentType gives the type for a file name, or "" to let the file server decide.
func contentType(name string) string {
	switch path.Ext(name) {
	case ".wasm":
		return "application/wasm"
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".html":
		return "text/html; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	}
	return mime.TypeByExtension(path.Ext(name))
}

// accepts reports whether an Accept-Encoding header value allows coding: listed by name or by "*", with a
// q-value above zero.
func accepts(header, coding string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
		}
		switch name {
		case coding:
			return q > 0
		case "*":
			star = q > 0
		}
	}
	return star
}

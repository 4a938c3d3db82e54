// Package serve serves and builds the browser version of Bakery: a static folder with the wasm precompressed.
package serve

import (
	"fmt"
	"mime"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
)

// RawLengthHeader carries the size of a file before its Content-Encoding, so that the loader's progress bar
// knows the total when the bytes arrive compressed (Content-Length is then the compressed size).
const RawLengthHeader = "X-Raw-Length"

// encodings are the precompressed forms tried, best first: the file name suffix and the Content-Encoding.
var encodings = []struct{ suffix, name string }{{".br", "br"}, {".gz", "gzip"}}

// Handler serves the site in dir: the [Files], and nothing else (no other file, no folder, no listing), "/"
// being index.html. It is [HandlerOf] for Files.
func Handler(dir string) http.Handler { return HandlerOf(dir, Files) }

// HandlerOf serves the listed files from dir, each at "/" + its name, and answers 404 Not Found to any other
// path, and 405 to any method but GET and HEAD. Files are opened through an [os.Root] on dir, so no name, link or odd path reaches outside it.
//
// For a file with a precompressed twin (name.br, name.gz) it sends the twin with the matching Content-Encoding
// when the request's Accept-Encoding allows it, with the file's own size in [RawLengthHeader], and then says
// "Vary: Accept-Encoding" once. Types come from the extension (.wasm is application/wasm whatever the system's
// MIME tables say). Cache-Control is "no-cache": a browser may keep a copy but must revalidate it, so a rebuilt
// wasm is picked up by a plain reload during development. Range requests are served as http.ServeContent does.
// The handler is safe for concurrent use.
func HandlerOf(dir string, files []File) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Cache-Control", "no-cache")
		h.Set("X-Content-Type-Options", "nosniff")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name, ok := lookup(files, r.URL.Path)
		if !ok {
			http.NotFound(w, r)
			return
		}
		root, err := os.OpenRoot(dir)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer root.Close()
		f, raw, err := openFile(root, name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		if ctype := contentType(name); ctype != "" {
			h.Set("Content-Type", ctype)
		}
		twins := false
		for _, e := range encodings {
			if !hasTwin(root, name+e.suffix) {
				continue
			}
			if !twins {
				h.Set("Vary", "Accept-Encoding")
				twins = true
			}
			if !accepts(r.Header.Get("Accept-Encoding"), e.name) {
				continue
			}
			z, st, err := openFile(root, name+e.suffix)
			if err != nil {
				break
			}
			defer z.Close()
			h.Set("Content-Encoding", e.name)
			h.Set(RawLengthHeader, strconv.FormatInt(raw.Size(), 10))
			if r.Header.Get("Range") == "" {
				// http.ServeContent leaves Content-Length out when there is a Content-Encoding.
				h.Set("Content-Length", strconv.FormatInt(st.Size(), 10))
			}
			http.ServeContent(w, r, name, st.ModTime(), z)
			return
		}
		http.ServeContent(w, r, name, raw.ModTime(), f)
	})
}

// openFile opens name in root if it is a regular file.
func openFile(root *os.Root, name string) (*os.File, os.FileInfo, error) {
	f, err := root.Open(name)
	if err != nil {
		return nil, nil, err
	}
	st, err := f.Stat()
	if err == nil && !st.Mode().IsRegular() {
		err = fmt.Errorf("serve: %s is not a regular file", name)
	}
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, st, nil
}

func hasTwin(root *os.Root, name string) bool {
	st, err := root.Stat(name)
	return err == nil && st.Mode().IsRegular()
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

// accepts reports whether an Accept-Encoding header value allows coding: listed by name, or else by "*", with
// a q-value above zero. An element is a coding with at most a weight, written as RFC 9110 section 12.4.2 says
// ("br", "br;q=0.5", "br; Q=1.000"); an element with any other parameter or q-value ("br;q=abc", "br;q=Inf",
// "br;q=0.0001", "br;q=2") accepts nothing.
func accepts(header, coding string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		name, params, weighted := strings.Cut(part, ";")
		q := 1000
		if weighted {
			q = qvalue(params)
		}
		switch strings.ToLower(strings.Trim(name, " \t")) {
		case coding:
			return q > 0
		case "*":
			star = q > 0
		}
	}
	return star
}

// qvalue parses a weight's text after the ";" (OWS "q=" qvalue OWS) into thousandths, or returns 0 if it is not
// exactly that.
func qvalue(s string) int {
	s = strings.Trim(s, " \t")
	if len(s) < 3 || (s[0] != 'q' && s[0] != 'Q') || s[1] != '=' {
		return 0
	}
	whole, frac, dotted := strings.Cut(s[2:], ".")
	if (whole != "0" && whole != "1") || (dotted && len(frac) > 3) {
		return 0
	}
	n := 0
	for i := range 3 {
		d := byte('0')
		if i < len(frac) {
			d = frac[i]
		}
		if d < '0' || d > '9' || (whole == "1" && d != '0') {
			return 0
		}
		n = 10*n + int(d-'0')
	}
	if whole == "1" {
		return 1000
	}
	return n
}

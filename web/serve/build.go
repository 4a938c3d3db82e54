package serve

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/andybalholm/brotli"
)

// WasmName is the file name of the game's WebAssembly binary in a built folder.
const WasmName = "bakery.wasm"

// Options say what Build makes.
type Options struct {
	// Root is the module root: the package built to WebAssembly. "" means ".".
	Root string
	// Out is the folder to write. It is created if missing.
	Out string
	// Static is the folder the [Page] files of [Files] are copied from; "" or the same folder as Out copies
	// nothing (make serve builds into web/ itself).
	Static string
	// Wasm, if set, is an already built binary to use instead of running go build.
	Wasm string
	// Go is the go command to build with and to ask for GOROOT; "" means "go".
	Go string
	// Quality is brotli's quality, 0..11; 0 means 11, the smallest (about a minute for the game's wasm).
	// Tests that do not look at sizes pass a low one.
	Quality int
	// Log, if set, receives one line per step.
	Log io.Writer
}

// Build writes the site's [Files] into Out, each from its [Source]: the pages copied from Static, bakery.wasm
// built with GOOS=js GOARCH=wasm -trimpath -ldflags="-s -w", wasm_exec.js copied from the same Go's
// GOROOT/lib/wasm (so the two never drift apart); then .br and .gz twins of the wasm, and, when Static is
// copied, of every other file, for Handler to send. Any static host can serve the folder as it is. A page
// missing from Static is an error.
func Build(o Options) error {
	if o.Root == "" {
		o.Root = "."
	}
	if o.Go == "" {
		o.Go = "go"
	}
	logf := func(format string, args ...any) {
		if o.Log != nil {
			fmt.Fprintf(o.Log, format+"\n", args...)
		}
	}
	if err := os.MkdirAll(o.Out, 0o755); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	copyPages := o.Static != "" && !sameDir(o.Static, o.Out)
	var compress []string
	for _, f := range Files {
		if f.From == Game || copyPages {
			compress = append(compress, f.Name)
		}
		if err := buildFile(o, f, copyPages); err != nil {
			return err
		}
		switch {
		case f.From == Page && copyPages:
			logf("copied %s from %s", f.Name, o.Static)
		case f.From == Game && o.Wasm != "":
			logf("copied %s", o.Wasm)
		case f.From == Game:
			logf("built %s", filepath.Join(o.Out, f.Name))
		case f.From == GoRoot:
			logf("copied %s from GOROOT", f.Name)
		}
	}
	for _, name := range compress {
		sizes, err := Precompress(filepath.Join(o.Out, name), o.Quality)
		if err != nil {
			return err
		}
		logf("%s: %d bytes, gzip %d, brotli %d", name, sizes.Raw, sizes.Gzip, sizes.Brotli)
	}
	return nil
}

// buildFile writes f into o.Out from its source; pages only if copyPages.
func buildFile(o Options, f File, copyPages bool) error {
	out := filepath.Join(o.Out, f.Name)
	switch f.From {
	case Page:
		if !copyPages {
			return nil
		}
		return copyFile(filepath.Join(o.Static, f.Name), out)
	case GoRoot:
		goroot, err := exec.Command(o.Go, "env", "GOROOT").Output()
		if err != nil {
			return fmt.Errorf("serve: go env GOROOT: %w", err)
		}
		return copyFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", f.Name), out)
	case Game:
		if o.Wasm != "" {
			return copyFile(o.Wasm, out)
		}
		cmd := exec.Command(o.Go, "build", "-trimpath", "-ldflags=-s -w", "-o", out, ".")
		cmd.Dir = o.Root
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if b, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("serve: GOOS=js GOARCH=wasm go build: %w\n%s", err, b)
		}
		return nil
	}
	return fmt.Errorf("serve: %s: unknown source %v", f.Name, f.From)
}

// Sizes are a file's size raw and compressed.
type Sizes struct{ Raw, Gzip, Brotli int }

// Precompress writes name.gz (gzip, best compression) and name.br (brotli at quality, 0 meaning 11, with a
// 16 MB window) next to name, and returns the three sizes. Twins that already decode to name's bytes are kept,
// so an unchanged wasm is not compressed again.
func Precompress(name string, quality int) (Sizes, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return Sizes{}, fmt.Errorf("serve: %w", err)
	}
	if s, ok := upToDate(name, b); ok {
		return s, nil
	}
	gz, br, err := Compress(b, quality)
	if err != nil {
		return Sizes{}, fmt.Errorf("serve: compress %s: %w", name, err)
	}
	if err := os.WriteFile(name+".gz", gz, 0o644); err != nil {
		return Sizes{}, fmt.Errorf("serve: %w", err)
	}
	if err := os.WriteFile(name+".br", br, 0o644); err != nil {
		return Sizes{}, fmt.Errorf("serve: %w", err)
	}
	return Sizes{Raw: len(b), Gzip: len(gz), Brotli: len(br)}, nil
}

// upToDate reports whether name's .gz and .br twins hold b, and their sizes.
func upToDate(name string, b []byte) (Sizes, bool) {
	gz, err1 := os.ReadFile(name + ".gz")
	br, err2 := os.ReadFile(name + ".br")
	if err1 != nil || err2 != nil {
		return Sizes{}, false
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return Sizes{}, false
	}
	g, err1 := io.ReadAll(zr)
	r, err2 := io.ReadAll(brotli.NewReader(bytes.NewReader(br)))
	if err1 != nil || err2 != nil || !bytes.Equal(g, b) || !bytes.Equal(r, b) {
		return Sizes{}, false
	}
	return Sizes{Raw: len(b), Gzip: len(gz), Brotli: len(br)}, true
}

// Compress returns b compressed with gzip (best compression) and with brotli at quality (0 meaning 11).
func Compress(b []byte, quality int) (gz, br []byte, err error) {
	if quality <= 0 || quality > brotli.BestCompression {
		quality = brotli.BestCompression
	}
	var g, r bytes.Buffer
	gw, err := gzip.NewWriterLevel(&g, gzip.BestCompression)
	if err != nil {
		return nil, nil, err
	}
	_, err1 := gw.Write(b)
	err2 := gw.Close()
	bw := brotli.NewWriterOptions(&r, brotli.WriterOptions{Quality: quality, LGWin: 24})
	_, err3 := bw.Write(b)
	err4 := bw.Close()
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		return nil, nil, err
	}
	return g.Bytes(), r.Bytes(), nil
}

func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

func sameDir(a, b string) bool {
	x, err1 := filepath.Abs(a)
	y, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && x == y
}

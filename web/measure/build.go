//go:build !js

package main

import (
	_ "embed"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/gobakery/bakery/web/serve"
)

// bareHTML and bareWasm are the bare page's files in its folder.
const (
	bareHTML = "bare.html"
	bareWasm = "bare.wasm"
)

// barePage is the bare page's HTML: a full-window canvas and a loader that leaves the same marks as Bakery's.
//
//go:embed bare.html
var barePage []byte

// Link flags: shipped builds strip the symbol table (-s), which for wasm also drops the name section, so a
// profile would show only wasm-function[1234]; profiled builds keep it.
const (
	shippedLdflags  = "-s -w"
	profiledLdflags = "-w"
)

// buildWasm builds pkg of the module in dir ("" for the current one) for GOOS=js GOARCH=wasm with -trimpath
// and ldflags into out, an absolute path.
func buildWasm(dir, pkg, ldflags, out string) error {
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags="+ldflags, "-o", out, pkg)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("GOOS=js GOARCH=wasm go build %s: %w\n%s", pkg, err, b)
	}
	return nil
}

// buildBare writes the bare page into a new temporary folder: bare.html, bare.wasm built from
// web/internal/barepage with ldflags, and wasm_exec.js from GOROOT/lib/wasm. The caller removes the folder.
func buildBare(ldflags string) (string, error) {
	dir, err := os.MkdirTemp("", "bakery-measure-bare-")
	if err != nil {
		return "", err
	}
	if err := buildWasm("", "./web/internal/barepage", ldflags, filepath.Join(dir, bareWasm)); err != nil {
		os.RemoveAll(dir)
		return "", err
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		os.RemoveAll(dir)
		return "", fmt.Errorf("go env GOROOT: %w", err)
	}
	js, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, "wasm_exec.js"), js, 0o644)
	}
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, bareHTML), barePage, 0o644)
	}
	if err != nil {
		os.RemoveAll(dir)
		return "", err
	}
	return dir, nil
}

// buildBakery builds the site of the module in root into a new temporary folder as make dist does, but with
// ldflags and brotli at quality (sizes are only printed from the shipped build). If wasm is set it is used
// instead of building one. The caller removes the folder.
func buildBakery(root, ldflags, wasm string, quality int) (string, error) {
	dir, err := os.MkdirTemp("", "bakery-measure-")
	if err != nil {
		return "", err
	}
	if wasm == "" && ldflags != shippedLdflags {
		wasm = filepath.Join(dir, "named.wasm")
		if err := buildWasm(root, ".", ldflags, wasm); err != nil {
			os.RemoveAll(dir)
			return "", err
		}
	}
	if err := serve.Build(serve.Options{Root: root, Out: dir, Static: filepath.Join(root, "web"), Wasm: wasm, Quality: quality}); err != nil {
		os.RemoveAll(dir)
		return "", err
	}
	return dir, nil
}

// wasmSize is the size of a built wasm, for the log.
func wasmSize(name string) string {
	st, err := os.Stat(name)
	if err != nil {
		return "?"
	}
	return mb(st.Size())
}

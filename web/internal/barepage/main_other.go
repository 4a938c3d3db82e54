//go:build !js

package main

import (
	"fmt"
	"os"
)

// main explains itself: the page exists only as WebAssembly, built by web/measure.
func main() {
	fmt.Fprintln(os.Stderr, "barepage: build with GOOS=js GOARCH=wasm; go run ./web/measure builds and loads it")
	os.Exit(2)
}

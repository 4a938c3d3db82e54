//go:build !js

// Package browser starts Debian's Chromium headless for Bakery's browser tests (this package's tests) and for
// web/measure.
package browser

import (
	"errors"
	"os"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// ErrNoChromium is returned by Chromium when no browser is installed.
var ErrNoChromium = errors.New("browser: chromium not found (apt-get install chromium, or set $CHROMIUM)")

// Chromium finds the browser: $CHROMIUM, else Debian's /usr/bin/chromium, else chromium on $PATH.
func Chromium() (string, error) {
	for _, p := range []string{os.Getenv("CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p == "" {
			continue
		}
		if path, err := exec.LookPath(p); err == nil {
			return path, nil
		}
	}
	return "", ErrNoChromium
}

// Options start chromium headless with a fresh profile in userData, without the sandbox (tests run as root in
// containers), without background traffic, and with WebGL drawn by SwiftShader, as there is no GPU.
func Options(chromium, userData string) []chromedp.ExecAllocatorOption {
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.UserDataDir(userData),
		chromedp.WindowSize(1280, 800),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		// WebGL without a GPU: ANGLE on SwiftShader, which Chromium no longer picks by itself.
		chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("enable-unsafe-swiftshader", true),
	)
}

//go:build !linux && !js

package main

import "time"

var start = time.Now()

// cpuNow falls back to the wall clock where there is no per-thread CPU clock.
func cpuNow() time.Duration { return time.Since(start) }

package main

import (
	"time"

	"golang.org/x/sys/unix"
)

// cpuNow reads the calling thread's CPU clock. Update and Draw run on one goroutine, which the measurement
// assumes stays on its thread for the length of one call; the scheduler rarely moves it that fast.
func cpuNow() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}

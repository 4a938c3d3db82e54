// Panicwasm is a stand-in for the game that panics soon after it starts, so that the browser tests can check
// the page's crash panel; it is never shipped.
package main

import "time"

func main() {
	time.Sleep(300 * time.Millisecond)
	panic("panicwasm: a deliberate panic to show the crash panel")
}

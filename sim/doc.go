// Package sim simulates bakers and eaters sharing a plate, one goroutine per actor, on a deterministic virtual clock.
//
// A [Sim] is driven from outside, frame by frame: [Sim.Advance] moves virtual time forward, [Sim.Step] runs
// exactly one event, and nothing happens in between. Bakers and eaters are real goroutines (coroutines started
// with iter.Pull), but only one runs at a time, handed control by the kernel in order of virtual time and then of
// a sequence number, so a scenario and its seed always produce the same event log, on any platform.
//
// The plate behaves exactly like a Go buffered channel of the same capacity; capacity 0 is an unbuffered channel.
//
// The package imports no graphics and no syscall/js: it builds and tests anywhere.
package sim

package sim

import (
	"math/rand/v2"
	"time"
)

// Stream returns a new random stream, at its start, that is the one the index-th actor of the given role draws
// its times from in a run with the given seed. The index counts the role's actors in the order they joined the
// run, from 0: the scenario's first, then any added live. With [Dist.Draw] it lets code outside the kernel, such
// as a test of real goroutines, take exactly the times the kernel's actor takes. A *rand.Rand is not safe for
// concurrent use: give each goroutine its own stream.
func Stream(seed uint64, role Role, index int) *rand.Rand {
	return rand.New(rand.NewPCG(seed, streamID(role, index)))
}

// Draw takes one duration from r as the kernel's actors do: an actor's k-th bake (or meal) takes the k-th
// duration its [Stream] gives. A Fixed distribution takes nothing from r. The result is never below a
// nanosecond.
func (d Dist) Draw(r *rand.Rand) time.Duration { return d.draw(r) }

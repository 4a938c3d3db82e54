package sim

import (
	"strconv"
	"time"
)

// ActorID names one baker or eater for the life of a run; IDs start at 1 and are never reused until Reset.
// The zero ActorID is no actor.
type ActorID int32

// Role says whether an actor bakes or eats.
type Role uint8

// The two roles.
const (
	BakerRole Role = iota // bakes loaves and puts them on the plate
	EaterRole             // takes loaves off the plate and eats them
)

// String returns "baker" or "eater".
func (r Role) String() string {
	if r == EaterRole {
		return "eater"
	}
	return "baker"
}

// Loaf is one loaf of bread. Its ID counts loaves across the run from 1; N counts its baker's loaves from 1.
type Loaf struct {
	ID    int64
	Baker ActorID
	N     int32
}

// EventKind says what happened.
type EventKind uint8

const (
	// Baked: a baker took a fresh loaf out of the oven and now holds it.
	Baked EventKind = iota
	// Put: a loaf went onto the plate (from a baker's hands, perhaps one that had been waiting).
	Put
	// Handed: a loaf went from a baker's hands straight to a waiting eater (Peer), never touching the plate.
	Handed
	// PlateFull: a baker found the plate full and waits, holding its loaf.
	PlateFull
	// Taken: an eater took the loaf at the head of the plate.
	Taken
	// PlateEmpty: an eater found the plate empty and waits for a loaf.
	PlateEmpty
	// Eaten: an eater finished eating its loaf.
	Eaten
	// BatchDone: a baker made its whole batch and stops.
	BatchDone
	// Joined: an actor was added while running.
	Joined
	// Left: an actor that was asked to leave has finished what it held, and is gone.
	Left
	// Cancelled: the run ended and this idle eater was sent home.
	Cancelled
	// Resized: the plate's capacity changed to Capacity.
	Resized
	// Finished: every baker made its batch and every loaf was eaten; the run is over.
	Finished
)

var eventNames = [...]string{"baked", "put", "handed", "plate-full", "taken", "plate-empty", "eaten",
	"batch-done", "joined", "left", "cancelled", "resized", "finished"}

// String returns the event's name as the log writes it: "plate-full".
func (k EventKind) String() string {
	if int(k) < len(eventNames) {
		return eventNames[k]
	}
	return "EventKind(" + strconv.Itoa(int(k)) + ")"
}

// Event is one thing that happened, at one instant of virtual time.
type Event struct {
	Time  time.Duration
	Kind  EventKind
	Actor ActorID // who did it; 0 for Resized and Finished
	Peer  ActorID // for Handed, the eater who got the loaf
	Loaf  Loaf    // the loaf concerned, if any
	Plate int     // loaves on the plate just after the event
	// Capacity is the plate's capacity just after the event.
	Capacity int
}

// State is what an actor is doing.
type State uint8

const (
	// Baking: a baker is baking a loaf.
	Baking State = iota
	// WaitingToPut: a baker holds a fresh loaf and waits for room on the plate (or, with no plate, for an eater).
	WaitingToPut
	// Eating: an eater is eating a loaf.
	Eating
	// WaitingForLoaf: an eater waits at the empty plate.
	WaitingForLoaf
	// Done: a baker made its whole batch.
	Done
	// CancelledState: an eater was sent home when the run ended.
	CancelledState
	// Gone: an actor left after a live change; it no longer appears in snapshots.
	Gone
)

var stateNames = [...]string{"baking", "waiting to put", "eating", "waiting for a loaf", "done", "cancelled", "gone"}

// String returns the state in words: "waiting to put".
func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return "State(" + strconv.Itoa(int(s)) + ")"
}

// Waiting reports whether the state is blocked on the plate.
func (s State) Waiting() bool { return s == WaitingToPut || s == WaitingForLoaf }

// Busy reports whether the state is baking or eating.
func (s State) Busy() bool { return s == Baking || s == Eating }

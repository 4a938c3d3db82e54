package sim

import "time"

// Snapshot is what a drawing needs at one instant. Fill one with [Sim.Snapshot]; reuse it to avoid allocations.
type Snapshot struct {
	Time     time.Duration
	Capacity int
	// Plate holds the loaves on the plate in arrival order: Plate[0] leaves first.
	Plate    []Loaf
	Bakers   []ActorView
	Eaters   []ActorView
	Finished bool
	Stats    Stats
}

// ActorView is one actor as it stands.
type ActorView struct {
	ID    ActorID
	Role  Role
	Name  string
	State State
	// Progress runs from 0 to 1 through the current bake or meal; it is 0 in other states.
	Progress float64
	// Since is when the actor entered State; a waiting actor has waited Time − Since.
	Since time.Duration
	// Loaf is the loaf the actor holds (a baker waiting to put, an eater eating), if HasLoaf.
	Loaf    Loaf
	HasLoaf bool
	// Loaves counts loaves made (bakers) or eaten (eaters).
	Loaves int64
	// Leaving is set once the actor was asked to leave; it goes when it has finished what it holds.
	Leaving bool
}

// Stats are running statistics of the whole run, kept in O(1) per event.
type Stats struct {
	Time       time.Duration
	Events     int64
	Baked      int64
	Eaten      int64
	OnPlate    int
	MaxOnPlate int
	// Received counts the loaves that reached an eater, from the plate or straight from a baker's hands: those
	// eaten and those being eaten. It is the count MeanWait is the mean over, and Received / Time is λ in
	// Little's law L = λW for the plate.
	Received int64
	// Waiting is how long the loaves on the plate now have waited on it so far. With it Little's law holds
	// exactly at any moment, not only in the long run: MeanOnPlate × Time = MeanWait × Received + Waiting.
	Waiting time.Duration
	// Figures are measured over the run so far, in virtual time.
	Figures
	Bakers, Eaters []ActorStats
}

// ActorStats are one actor's statistics. Fractions are of the time since it joined (until it left).
type ActorStats struct {
	ID     ActorID
	Name   string
	Loaves int64
	Busy   float64 // baking or eating
	Wait   float64 // blocked (bakers) or starved (eaters)
}

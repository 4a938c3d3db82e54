package sim

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPlateFollowsChannelRules(t *testing.T) {
	one := func(bake, eat float64, plate int) Scenario {
		return Scenario{Bakers: 1, Eaters: 1, Plate: plate, Bake: fixed(seconds(bake)), Eat: fixed(seconds(eat)), Seed: 1,
			BakerNames: []string{"John"}, EaterNames: []string{"Grace"}}
	}
	tests := []struct {
		name   string
		sc     Scenario
		at     float64
		plate  string
		baker  State
		eater  State
		holder bool // the baker holds a loaf
	}{
		{"seed at 3.25s: six loaves, oldest first", MustPreset("seed"), 3.25, "[J4 M4 J5 M5 J6 M6]", Done, Eating, false},
		{"seed at 0.75s: first loaves went hand to hand", MustPreset("seed"), 0.75, "[_ _ _ _ _ _]", Baking, Eating, false},
		{"seed at 1.25s: two waiting", MustPreset("seed"), 1.25, "[J2 M2 _ _ _ _]", Baking, Eating, false},
		{"unbuffered: eater waits, loaf goes hand to hand", one(1, 3, 0), 0.5, "[]", Baking, WaitingForLoaf, false},
		{"unbuffered: baker waits with the loaf in hand", one(1, 3, 0), 3, "[]", WaitingToPut, Eating, true},
		{"capacity 1: one loaf waits on the plate", one(1, 3, 1), 2.5, "[J2]", Baking, Eating, false},
		{"capacity 1: full plate, baker waits", one(1, 3, 1), 3.5, "[J2]", WaitingToPut, Eating, true},
		{"capacity 1: eater takes, held loaf moves in", one(1, 3, 1), 4.5, "[J3]", Baking, Eating, false},
		{"slow baker: eater waits at the empty plate", one(3, 1, 2), 4.5, "[_ _]", Baking, WaitingForLoaf, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := New(tt.sc)
			require.NoError(t, err)
			defer s.Close()
			s.RunUntil(seconds(tt.at))
			assert.Equal(t, tt.plate, plateString(s))
			var snap Snapshot
			s.Snapshot(&snap)
			assert.Equal(t, tt.baker, snap.Bakers[0].State, "baker")
			assert.Equal(t, tt.eater, snap.Eaters[0].State, "eater")
			assert.Equal(t, tt.holder, snap.Bakers[0].HasLoaf, "baker holds a loaf")
		})
	}
}

func TestShrinkDropsNothing(t *testing.T) {
	sc := Scenario{Bakers: 2, Eaters: 1, Plate: 4, Bake: fixed(time.Second), Eat: fixed(3 * time.Second), Seed: 1,
		BakerNames: []string{"John", "Mike"}}
	s, err := New(sc)
	require.NoError(t, err)
	defer s.Close()
	s.RunUntil(seconds(3.5))
	require.Equal(t, "[M1 J2 M2 J3]", plateString(s), "J1 went straight to Grace; Mike holds M3")
	require.NoError(t, s.SetPlate(1))
	assert.Equal(t, "[M1 J2 M2 J3]", plateString(s), "shrinking drops no loaf")
	s.RunUntil(seconds(4.5)) // Grace takes M1; the plate is still over capacity, so nobody puts
	assert.Equal(t, "[J2 M2 J3]", plateString(s))
	require.NoError(t, s.SetPlate(5))
	assert.Equal(t, "[J2 M2 J3 M3 J4]", plateString(s), "growing lets waiting bakers put at once, first come first served")
}

func TestRemovedActorsFinishWhatTheyHold(t *testing.T) {
	sc := Scenario{Bakers: 2, Eaters: 2, Plate: 0, Bake: fixed(time.Second), Eat: fixed(5 * time.Second), Seed: 1}
	s, err := New(sc)
	require.NoError(t, err)
	defer s.Close()
	s.RunUntil(seconds(2.5)) // both eaters eat loaves 1; both bakers hold loaf 2
	require.NoError(t, s.SetBakers(1))
	var snap Snapshot
	s.Snapshot(&snap)
	require.Len(t, snap.Bakers, 2, "the leaving baker stays until its loaf is taken")
	assert.True(t, snap.Bakers[1].Leaving)
	assert.True(t, snap.Bakers[1].HasLoaf)
	s.RunUntil(seconds(6.5)) // at 6s the eaters take both held loaves from the bakers' hands
	s.Snapshot(&snap)
	assert.Len(t, snap.Bakers, 1)
	st := s.Stats()
	held := 0
	for _, b := range snap.Bakers {
		if b.HasLoaf {
			held++
		}
	}
	assert.Equal(t, st.Baked, st.Eaten+int64(st.OnPlate)+2+int64(held), "every loaf is accounted for")

	require.NoError(t, s.SetEaters(0))
	s.Snapshot(&snap)
	assert.Len(t, snap.Eaters, 2, "eaters finish their meal before leaving")
	s.RunUntil(seconds(11.5))
	s.Snapshot(&snap)
	assert.Empty(t, snap.Eaters)
	assert.Equal(t, int64(4), s.Stats().Eaten)
}

func TestLiveChangesAreValidated(t *testing.T) {
	s, err := New(MustPreset("balanced"))
	require.NoError(t, err)
	defer s.Close()
	var se *SettingError
	require.ErrorAs(t, s.SetPlate(-1), &se)
	assert.Equal(t, "plate", se.Key)
	require.ErrorAs(t, s.SetBakers(DefaultLimits.MaxActors+1), &se)
	assert.Equal(t, "bakers", se.Key)
	require.ErrorAs(t, s.SetBake(Dist{Kind: Fixed}), &se)
	assert.Equal(t, "bake", se.Key)
	assert.Equal(t, MustPreset("balanced").Plate, s.Scenario().Plate, "a refused change changes nothing")
}

func TestLiveChangesAfterABatchIsDone(t *testing.T) {
	at4s := func(t *testing.T) *Sim {
		s, err := New(MustPreset("seed"))
		require.NoError(t, err)
		t.Cleanup(s.Close)
		s.RunUntil(4 * time.Second) // both bakers are done; eaters still eat
		return s
	}
	t.Run("applying the same settings changes nothing", func(t *testing.T) {
		s := at4s(t)
		sc := s.Scenario()
		require.NoError(t, errors.Join(s.SetBake(sc.Bake), s.SetEat(sc.Eat), s.SetPlate(sc.Plate),
			s.SetBakers(sc.Bakers), s.SetEaters(sc.Eaters)))
		s.RunUntil(time.Minute)
		assert.Equal(t, int64(12), s.Stats().Baked)
		assert.Equal(t, 6500*time.Millisecond, s.Now())
	})
	t.Run("a done baker asked to leave goes at once", func(t *testing.T) {
		s := at4s(t)
		require.NoError(t, s.SetBakers(1))
		var snap Snapshot
		s.Snapshot(&snap)
		require.Len(t, snap.Bakers, 1)
		assert.Equal(t, "John", snap.Bakers[0].Name)
		s.RunUntil(time.Minute)
		assert.Equal(t, int64(12), s.Stats().Baked, "no new baker, no new loaves")
		assert.True(t, s.Finished())
	})
	t.Run("a new baker bakes a whole batch", func(t *testing.T) {
		s := at4s(t)
		require.NoError(t, s.SetBakers(3))
		s.RunUntil(time.Minute)
		assert.Equal(t, int64(18), s.Stats().Eaten)
	})
}

func TestBadDistsAreRefused(t *testing.T) {
	s, err := New(MustPreset("balanced"))
	require.NoError(t, err)
	defer s.Close()
	for _, d := range []Dist{
		{Kind: Uniform, A: 800 * time.Millisecond, B: 200 * time.Millisecond},
		{Kind: Uniform, A: time.Second, B: time.Second - 1},
		{Kind: 9, A: time.Second},
		{Kind: Exponential, A: 0},
		{Kind: Fixed, A: 2 * time.Hour},
	} {
		assert.Error(t, s.SetBake(d), "%+v", d)
		assert.Error(t, s.SetEat(d), "%+v", d)
		sc := MustPreset("balanced")
		sc.Bake = d
		_, err := New(sc)
		assert.Error(t, err, "%+v", d)
	}
	s.Advance(10 * time.Second) // still runs on the old times
	assert.Positive(t, s.Stats().Eaten)
}

func TestAdvanceAllTheWay(t *testing.T) {
	s, err := New(MustPreset("seed"))
	require.NoError(t, err)
	defer s.Close()
	s.Advance(time.Second)
	s.Advance(math.MaxInt64)
	assert.True(t, s.Finished())
	assert.Equal(t, 6500*time.Millisecond, s.Now())

	// No eaters: the plate fills, the bakers wait, and nothing more happens, ever.
	stuck, err := New(Scenario{Bakers: 2, Plate: 3, Bake: fixed(time.Second), Eat: fixed(time.Second)})
	require.NoError(t, err)
	defer stuck.Close()
	stuck.Advance(time.Second)
	stuck.Advance(math.MaxInt64 - 10)
	assert.Equal(t, time.Duration(math.MaxInt64), stuck.Now(), "the clock stops at the end of time, without wrapping")
	assert.Equal(t, 3, stuck.Stats().OnPlate)
}

func TestScaleStaysInRange(t *testing.T) {
	one := fixed(time.Second)
	tests := []struct {
		f    float64
		want time.Duration
	}{
		{2, 2 * time.Second},
		{0.5, 500 * time.Millisecond},
		{1e10, MaxDuration},
		{math.Inf(1), MaxDuration},
		{1e-12, MinDuration},
		{-3, MinDuration},
		{math.NaN(), MinDuration},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, one.Scale(tt.f).A, "Scale(%v)", tt.f)
	}
}

// TestAnActorAddedAndSentAwayInOnePauseGoesAtOnce: an eater added and removed again before the clock moves (a
// paused learner trying 7 eaters, then 6) never ran and holds nothing: it goes now, not when the run resumes.
func TestAnActorAddedAndSentAwayInOnePauseGoesAtOnce(t *testing.T) {
	for _, role := range []Role{EaterRole, BakerRole} {
		s, err := New(MustPreset("balanced"))
		require.NoError(t, err)
		set, n := s.SetEaters, s.Scenario().Eaters
		if role == BakerRole {
			set, n = s.SetBakers, s.Scenario().Bakers
		}
		require.NoError(t, set(n+1))
		require.NoError(t, set(n))
		var snap Snapshot
		s.Snapshot(&snap)
		side := snap.Eaters
		if role == BakerRole {
			side = snap.Bakers
		}
		assert.Len(t, side, n, "%v: gone at once", role)
		s.RunUntil(seconds(20))
		st := s.Stats()
		assert.Equal(t, st.Baked, st.Eaten+int64(st.OnPlate)+int64(heldLoaves(s)), "%v: every loaf accounted for", role)
		s.Close()
	}
}

func heldLoaves(s *Sim) int {
	var snap Snapshot
	s.Snapshot(&snap)
	n := 0
	for _, a := range append(snap.Bakers, snap.Eaters...) {
		if a.HasLoaf {
			n++
		}
	}
	return n
}

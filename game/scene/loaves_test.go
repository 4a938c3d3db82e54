package scene

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/game/layout"
	"github.com/gobakery/bakery/game/session"
	"github.com/gobakery/bakery/sim"
)

// world is a session with its places and loaves, driven on a fake clock at 60 frames a second.
type world struct {
	t      *testing.T
	s      *session.Session
	now    time.Duration
	lay    *layout.Layout
	places Places
	loaves Loaves
}

func newWorld(t *testing.T, kv ...string) *world {
	t.Helper()
	var settings []sim.Setting
	for i := 0; i+1 < len(kv); i += 2 {
		settings = append(settings, sim.Setting{Key: kv[i], Value: kv[i+1]})
	}
	cfg, err := session.ParseConfig(settings)
	require.NoError(t, err)
	s, err := session.New(cfg)
	require.NoError(t, err)
	t.Cleanup(s.Close)
	w := &world{t: t, s: s}
	w.frame()
	return w
}

// frame runs one Update a 60th of a second on, then lays the frame out as the game does.
func (w *world) frame() *session.Frame {
	w.t.Helper()
	require.NoError(w.t, w.s.Update(w.now))
	w.now += time.Second / 60
	f := w.s.Frame()
	b, e := w.places.Cells(f)
	w.lay = layout.New(layout.Params{Size: layout.Pt(1280, 720), Scale: 1, Bakers: len(f.Snap.Bakers),
		Eaters: len(f.Snap.Eaters), Capacity: f.Snap.Capacity, BakerCells: b, EaterCells: e})
	w.places.Update(f, w.lay)
	w.loaves.Update(f, w.lay, &w.places)
	return f
}

func (w *world) set(kv ...string) {
	w.t.Helper()
	var settings []sim.Setting
	for i := 0; i+1 < len(kv); i += 2 {
		settings = append(settings, sim.Setting{Key: kv[i], Value: kv[i+1]})
	}
	require.NoError(w.t, w.s.Set(settings))
}

func TestLoavesFollowTheSimulation(t *testing.T) {
	w := newWorld(t)
	for range 400 {
		f := w.frame()
		// Every loaf the simulation shows is drawn, and no sprite outlives its loaf.
		n := len(f.Snap.Plate)
		for _, a := range append(append([]sim.ActorView{}, f.Snap.Bakers...), f.Snap.Eaters...) {
			if a.HasLoaf {
				n++
			}
		}
		require.Equal(t, n, w.loaves.Len(), "at %v", f.Snap.Time)
		require.Len(t, w.loaves.Items(), n)
		for i, l := range f.Snap.Plate {
			s := w.loaves.Get(l.ID)
			require.NotNil(t, s)
			assert.Equal(t, w.lay.Plate.Slots[i].Center, s.To, "loaf %d heads for slot %d", l.ID, i)
		}
	}
}

// TestThePictureAgreesWithTheNumbers: at every frame of a run with live plate changes, the plate's counter (the
// loaves landed on it) is what is drawn on the plate, every loaf the simulation holds is drawn, including those
// left over a shrunk capacity, and no loaf flies over the figures.
func TestThePictureAgreesWithTheNumbers(t *testing.T) {
	w := newWorld(t, "preset", "fast-bakers", "speed", "4")
	plates := []string{"6", "2", "0", "8", "1", "12", "3"}
	sawOver, sawFlying := false, false
	for i := range 900 {
		if i%120 == 60 {
			w.set("plate", plates[(i/120)%len(plates)])
		}
		f := w.frame()
		drawnOnPlate, onPlate := 0, 0
		for _, it := range w.loaves.Items() {
			if it.Where == OnPlate || it.Where == OverPlate {
				onPlate++
				if !it.Flying {
					drawnOnPlate++
				}
			}
			sawOver = sawOver || it.Where == OverPlate
			sawFlying = sawFlying || it.Flying
		}
		require.Equal(t, len(f.Snap.Plate), onPlate, "every loaf on the simulation's plate is drawn, frame %d", i)
		require.Equal(t, drawnOnPlate, w.loaves.OnPlate(), "the counter says what is drawn, frame %d", i)
		// Drawing order: the plate, then flights, then hands.
		last := 0
		for _, it := range w.loaves.Items() {
			r := 2
			switch {
			case it.Flying:
				r = 1
			case it.Where == OnPlate || it.Where == OverPlate:
				r = 0
			}
			require.GreaterOrEqual(t, r, last, "frame %d: drawing order", i)
			last = r
		}
	}
	assert.True(t, sawOver, "a shrunk plate kept loaves over its capacity, and they were drawn")
	assert.True(t, sawFlying)
}

// TestSlidingLoavesStayOnThePlate: when the loaf at the head is taken, the others slide a slot on; while they
// slide they are still on the plate, drawn there and counted, so a full plate never reads "0 / 6 EMPTY" for the
// third of a second a slide takes (a review saw it on most frames at five frames a second).
func TestSlidingLoavesStayOnThePlate(t *testing.T) {
	w := newWorld(t, "preset", "fast-bakers", "plate", "6")
	slid := false
	for i := range 1200 {
		f := w.frame()
		landed := 0
		for _, it := range w.loaves.Items() {
			if it.Where == OnPlate || it.Where == OverPlate {
				if s := w.loaves.Get(it.Loaf.ID); s != nil && !s.Tween.Done(f.Snap.Time) && !it.Flying {
					slid = true
				}
				if !it.Flying {
					landed++
				}
			}
		}
		require.Equal(t, landed, w.loaves.OnPlate(), "frame %d", i)
		if i > 600 { // the plate is full by now, and stays near full: bakers outpace eaters
			require.GreaterOrEqual(t, w.loaves.OnPlate(), len(f.Snap.Plate)-2, "frame %d: only new arrivals (one an eater) may be in the air", i)
		}
	}
	assert.True(t, slid, "loaves slid from slot to slot")
}

// TestActorsKeepTheirPlaces: adding a baker or an eater moves no other, and one leaving frees only its own place.
func TestActorsKeepTheirPlaces(t *testing.T) {
	w := newWorld(t, "preset", "seed")
	where := func() map[sim.ActorID]layout.Point {
		m := map[sim.ActorID]layout.Point{}
		f := w.s.Frame()
		for _, a := range f.Snap.Bakers {
			i, ok := w.places.Baker(a.ID)
			require.True(t, ok)
			m[a.ID] = w.lay.Bakers.Actors[i].Center
		}
		for _, a := range f.Snap.Eaters {
			i, ok := w.places.Eater(a.ID)
			require.True(t, ok)
			m[a.ID] = w.lay.Eaters.Actors[i].Center
		}
		return m
	}
	before := where()
	w.set("bakers", "3", "eaters", "3")
	w.frame()
	after := where()
	require.Len(t, after, 6)
	for id, p := range before {
		assert.Equal(t, p, after[id], "actor %d moved when others joined", id)
	}
	w.set("bakers", "2")
	for range 120 {
		w.frame()
	}
	for id, p := range where() {
		assert.Equal(t, after[id], p, "actor %d moved when another left", id)
	}
}

func TestLoavesFly(t *testing.T) {
	w := newWorld(t)
	var s Sprite
	var at time.Duration
	for range 120 {
		f := w.frame()
		for _, e := range f.Events {
			if e.Kind == sim.Put && at == 0 {
				s, at = *w.loaves.Get(e.Loaf.ID), f.Now
			}
		}
	}
	require.NotZero(t, at, "a loaf was put on the plate")
	assert.Equal(t, at, s.Tween.Start)
	assert.Positive(t, s.Tween.Dur, "it flies")
	from, to := s.From.X, s.To.X
	assert.Less(t, from, to, "from the baker on the left to the plate")
	p, r := s.At(s.Tween.Start + s.Tween.Dur/2)
	assert.Greater(t, p.X, from)
	assert.Less(t, p.X, to)
	assert.Less(t, r, min(s.FromR, s.ToR), "small on its way")
	end, _ := s.At(s.Tween.Start + s.Tween.Dur)
	assert.Equal(t, s.To, end, "and lands in its slot")
}

func TestNoFlightsWhenFastOrReduced(t *testing.T) {
	for _, kv := range [][]string{{"speed", "64"}, {"reduced-motion", "true"}} {
		t.Run(kv[0], func(t *testing.T) {
			w := newWorld(t, kv...)
			for range 60 {
				f := w.frame()
				for _, l := range f.Snap.Plate {
					require.Zero(t, w.loaves.Get(l.ID).Tween.Dur, "loaf %d flies", l.ID)
				}
			}
		})
	}
}

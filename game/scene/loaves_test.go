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

// run drives a session and the loaves on a fake clock at 60 frames a second, calling each after every frame.
func run(t *testing.T, frames int, each func(f *session.Frame, lay *layout.Layout, ls *Loaves), kv ...string) {
	t.Helper()
	var settings []sim.Setting
	for i := 0; i+1 < len(kv); i += 2 {
		settings = append(settings, sim.Setting{Key: kv[i], Value: kv[i+1]})
	}
	cfg, err := session.ParseConfig(settings)
	require.NoError(t, err)
	s, err := session.New(cfg)
	require.NoError(t, err)
	defer s.Close()
	var ls Loaves
	for i := range frames {
		require.NoError(t, s.Update(time.Duration(i)*time.Second/60))
		f := s.Frame()
		lay := layout.New(layout.Params{Size: layout.Pt(1280, 720), Scale: 1, Bakers: len(f.Snap.Bakers),
			Eaters: len(f.Snap.Eaters), Capacity: f.Snap.Capacity})
		ls.Update(f, lay)
		each(f, lay, &ls)
	}
}

func TestLoavesFollowTheSimulation(t *testing.T) {
	run(t, 400, func(f *session.Frame, lay *layout.Layout, ls *Loaves) {
		// Every loaf the simulation shows has a sprite, and no sprite outlives its loaf.
		n := len(f.Snap.Plate)
		for _, a := range append(append([]sim.ActorView{}, f.Snap.Bakers...), f.Snap.Eaters...) {
			if a.HasLoaf {
				n++
			}
		}
		require.Equal(t, n, ls.Len(), "at %v", f.Snap.Time)
		for i, l := range f.Snap.Plate {
			s := ls.Get(l.ID)
			require.NotNil(t, s)
			assert.Equal(t, lay.Plate.Slots[i].Center, s.To, "loaf %d heads for slot %d", l.ID, i)
		}
	})
}

func TestLoavesFly(t *testing.T) {
	var s Sprite
	var at time.Duration
	run(t, 120, func(f *session.Frame, lay *layout.Layout, ls *Loaves) {
		for _, e := range f.Events {
			if e.Kind == sim.Put && at == 0 {
				s, at = *ls.Get(e.Loaf.ID), f.Now
			}
		}
	})
	require.NotZero(t, at, "a loaf was put on the plate")
	assert.Equal(t, at, s.Tween.Start)
	assert.Positive(t, s.Tween.Dur, "it flies")
	from, to := s.From.X, s.To.X
	assert.Less(t, from, to, "from the baker on the left to the plate")
	p, _ := s.At(s.Tween.Start + s.Tween.Dur/2)
	assert.Greater(t, p.X, from)
	assert.Less(t, p.X, to)
	end, _ := s.At(s.Tween.Start + s.Tween.Dur)
	assert.Equal(t, s.To, end, "and lands in its slot")
}

func TestNoFlightsWhenFastOrReduced(t *testing.T) {
	for _, kv := range [][]string{{"speed", "64"}, {"reduced-motion", "true"}} {
		t.Run(kv[0], func(t *testing.T) {
			run(t, 60, func(f *session.Frame, lay *layout.Layout, ls *Loaves) {
				for _, l := range f.Snap.Plate {
					require.Zero(t, ls.Get(l.ID).Tween.Dur, "loaf %d flies", l.ID)
				}
			}, kv...)
		})
	}
}

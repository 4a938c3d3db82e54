package sim

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSeedPresetEndsLikeTheOriginal(t *testing.T) {
	s, err := New(MustPreset("seed"))
	require.NoError(t, err)
	defer s.Close()
	most := 0
	s.OnEvent(func(e Event) { most = max(most, e.Plate) })
	s.RunUntil(time.Minute)
	st := s.Stats()
	assert.True(t, s.Finished())
	assert.Equal(t, int64(12), st.Eaten)
	assert.Equal(t, 6500*time.Millisecond, s.Now(), "the run ends at 6.5 s of simulated time")
	assert.LessOrEqual(t, most, 6)
	assert.Equal(t, 6, st.MaxOnPlate)
}

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./sim -update to create it")
	assert.Equal(t, string(want), string(got), "%s changed; if that is intended, run go test ./sim -update", path)
}

func TestSeedEventLog(t *testing.T) {
	golden(t, "seed.log", logOf(t, MustPreset("seed"), 60))
}

func TestSameSeedSameLog(t *testing.T) {
	sc := MustPreset("crowd")
	a, b := logOf(t, sc, 30), logOf(t, sc, 30)
	require.NotEmpty(t, a)
	assert.True(t, bytes.Equal(a, b), "same scenario and seed, different logs")
	sc.Seed = 2
	assert.False(t, bytes.Equal(a, logOf(t, sc, 30)), "a different seed gave the same log")
}

func TestAdvanceInPiecesIsTheSameRun(t *testing.T) {
	sc := MustPreset("balanced")
	whole := logOf(t, sc, 20)
	s, err := New(sc)
	require.NoError(t, err)
	defer s.Close()
	var pieces []byte
	s.OnEvent(func(e Event) { pieces = s.AppendLog(pieces, e) })
	for s.Now() < 20*time.Second {
		s.Advance(time.Second / 60) // one frame at 60 FPS
		if s.Now() > 5*time.Second && s.Now() < 6*time.Second {
			s.Step(nil)
		}
	}
	assert.Equal(t, string(whole), string(pieces))
}

// TestLogHashes pins the hash of long random runs. The same file is checked natively and under
// GOOS=js GOARCH=wasm, so a match in both proves the two platforms give byte-identical logs.
func TestLogHashes(t *testing.T) {
	var lines []string
	for _, name := range PresetNames() {
		sum := sha256.Sum256(logOf(t, MustPreset(name), 120))
		lines = append(lines, name+" "+hex.EncodeToString(sum[:]))
	}
	golden(t, "log-hashes.txt", []byte(strings.Join(lines, "\n")+"\n"))
}

// TestStepReturnsWhatItLogged: the events Step returns are exactly those the run logged during it.
func TestStepReturnsWhatItLogged(t *testing.T) {
	s, err := New(MustPreset("crowd"))
	require.NoError(t, err)
	defer s.Close()
	var logged, got []Event
	s.OnEvent(func(e Event) { logged = append(logged, e) })
	counts := map[int]int{}
	for range 2000 {
		logged = logged[:0]
		var ok bool
		got, ok = s.Step(got[:0])
		require.True(t, ok)
		require.Equal(t, logged, got)
		counts[len(got)]++
	}
	assert.Positive(t, counts[0], "some steps log nothing (a baker starting a bake)")
	assert.Positive(t, counts[1])
	assert.Positive(t, counts[2], "a loaf baked and handed over at once")
}

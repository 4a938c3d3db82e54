package sim

import (
	"flag"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// plateString draws the plate as "[J1 M1 J2 _ _ _]": each loaf as its baker's initial and number, each free slot
// as _, loaves beyond the capacity (after a shrink) as they are.
func plateString(s *Sim) string {
	var snap Snapshot
	s.Snapshot(&snap)
	parts := make([]string, 0, max(snap.Capacity, len(snap.Plate)))
	for _, l := range snap.Plate {
		parts = append(parts, s.Name(l.Baker)[:1]+strconv.Itoa(int(l.N)))
	}
	for range snap.Capacity - len(snap.Plate) {
		parts = append(parts, "_")
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// seconds turns a float number of seconds into a Duration, for readable test tables.
func seconds(f float64) time.Duration { return time.Duration(f * float64(time.Second)) }

// logOf runs sc to the end (or to until) and returns its whole event log.
func logOf(t testing.TB, sc Scenario, until float64) []byte {
	t.Helper()
	s, err := New(sc)
	require.NoError(t, err)
	defer s.Close()
	var log []byte
	s.OnEvent(func(e Event) { log = s.AppendLog(log, e) })
	s.RunUntil(seconds(until))
	return log
}

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gobakery/bakery/sim"
)

// bakesim runs the command in-process, its standard error not a terminal, and returns its exit status, standard
// output and standard error.
func bakesim(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut, progress{})
	return code, out.String(), errOut.String()
}

func TestSeedSummaryJSON(t *testing.T) {
	code, out, stderr := bakesim("-preset", "seed", "-json")
	require.Equal(t, 0, code, stderr)
	var got map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	for _, key := range []string{"time_s", "events", "baked", "eaten", "on_plate", "max_on_plate", "throughput_per_s",
		"mean_on_plate", "mean_wait_s", "baker_blocked_frac", "eater_starved_frac", "bakers", "eaters", "theory"} {
		assert.Contains(t, got, key)
	}
	assert.Equal(t, 6.5, got["time_s"])
	assert.Equal(t, 12.0, got["eaten"])
	assert.Nil(t, got["theory"])
	bakers := got["bakers"].([]any)
	require.Len(t, bakers, 2)
	john := bakers[0].(map[string]any)
	assert.Equal(t, "John", john["name"])
	assert.Equal(t, 6.0, john["loaves"])
	assert.Contains(t, john, "blocked_frac")
	assert.Contains(t, got["eaters"].([]any)[0], "starved_frac")
}

func TestTheoryInJSON(t *testing.T) {
	code, out, _ := bakesim("-preset", "balanced", "-until", "1h", "-theory", "-json")
	require.Equal(t, 0, code)
	var got struct {
		Throughput float64 `json:"throughput_per_s"`
		Theory     *struct {
			Throughput float64 `json:"throughput_per_s"`
		} `json:"theory"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.NotNil(t, got.Theory)
	assert.InEpsilon(t, got.Theory.Throughput, got.Throughput, 0.05)
}

func TestTable(t *testing.T) {
	code, out, _ := bakesim("-preset", "seed", "-theory")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "Finished at 6.5s")
	assert.Contains(t, out, "loaves eaten                          12")
	assert.Contains(t, out, "no exact answer")
	assert.Regexp(t, `Grace\s+6\s+92.3%\s+7.7%`, out)
}

func TestLogIsOneJSONObjectPerEvent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "seed.log")
	code, _, _ := bakesim("-preset", "seed", "-log", path)
	require.Equal(t, 0, code)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	want, err := os.ReadFile(filepath.Join("..", "..", "sim", "testdata", "seed.log"))
	require.NoError(t, err)
	assert.Equal(t, string(want), string(data), "the same log as the core's golden file")

	code, out, stderr := bakesim("-preset", "seed", "-log", "-")
	require.Equal(t, 0, code)
	lines := 0
	for sc := bufio.NewScanner(strings.NewReader(out)); sc.Scan(); lines++ {
		assert.True(t, json.Valid(sc.Bytes()), sc.Text())
	}
	assert.Equal(t, 55, lines)
	assert.Contains(t, stderr, "Finished at 6.5s", "with the log on standard output, the table goes to standard error")
}

func TestBadFlagsExit2WithOneLine(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-plate", "many"}, `bakesim: -plate "many": want a whole number 0..100000`},
		{[]string{"-bakers", "-1"}, `bakesim: -bakers "-1": want a whole number 0..10000`},
		{[]string{"-bake", "soon"}, `bakesim: -bake "soon": want a time from 0.001s to 3600s`},
		{[]string{"-preset", "brunch"}, `bakesim: -preset "brunch": want one of seed, balanced`},
		{[]string{"-until", "never"}, `bakesim: -until "never": want a duration above 0 and up to 2777h46m40s`},
		{[]string{"-until", "-5s"}, `bakesim: -until "-5s": want a duration above 0 and up to 2777h46m40s (about 116 days), such as 60s or 2m`},
		{[]string{"-until", "0"}, `bakesim: -until "0": want a duration above 0`},
		{[]string{"-until", "NaN"}, `bakesim: -until "NaN": want a duration above 0`},
		{[]string{"-colour", "red"}, `flag provided but not defined: -colour`},
		{[]string{"-json=maybe"}, `-json`},
		{[]string{"extra"}, `unexpected argument "extra"`},
		{[]string{"-seed"}, `flag needs an argument: -seed`},
		{[]string{"-bakers", "3", "-bakers", "5"}, `bakesim: -bakers given twice, as "3" and as "5": give it once`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, stderr := bakesim(tt.args...)
			assert.Equal(t, 2, code)
			assert.Empty(t, out)
			assert.Contains(t, stderr, tt.want)
			assert.Equal(t, 1, strings.Count(stderr, "\n"), "one line: %q", stderr)
		})
	}
}

func TestHelpAndPresets(t *testing.T) {
	code, out, _ := bakesim("-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "-plate")
	code, out, _ = bakesim("-presets")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "rendezvous")
}

func TestThousandsOfActors(t *testing.T) {
	code, out, stderr := bakesim("-bakers", "2000", "-eaters", "2000", "-bake", "exp:1s", "-eat", "exp:1s", "-until", "5s")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "… and 1980 more")
}

// fakeClock returns a wall clock that moves on by step each time it is read.
func fakeClock(step time.Duration) func() time.Time {
	t := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	return func() time.Time {
		t = t.Add(step)
		return t
	}
}

func TestProgressOnATerminalOnly(t *testing.T) {
	args := []string{"-bakers", "20", "-eaters", "20", "-bake", "1ms", "-eat", "1ms", "-batch", "0", "-until", "2s"}
	var plain bytes.Buffer
	require.Equal(t, 0, run(args, &plain, io.Discard, progress{}))
	terminal := func(io.Writer) bool { return true }
	for _, tc := range []struct {
		name  string
		p     progress
		lines bool
	}{
		{"not a terminal", progress{isTerminal: func(io.Writer) bool { return false }, now: fakeClock(time.Second), every: time.Second}, false},
		{"a terminal, a second at each look", progress{isTerminal: terminal, now: fakeClock(time.Second), every: time.Second}, true},
		{"a terminal, a quick run", progress{isTerminal: terminal, now: fakeClock(time.Microsecond), every: time.Second}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			require.Equal(t, 0, run(args, &out, &errOut, tc.p))
			assert.Equal(t, plain.String(), out.String(), "the same run, step by step or not")
			if !tc.lines {
				assert.Empty(t, errOut.String())
				return
			}
			lines := strings.Split(errOut.String(), "\r\x1b[K")
			require.Greater(t, len(lines), 3, "%q", errOut.String())
			assert.Empty(t, lines[0])
			assert.Empty(t, lines[len(lines)-1], "the last line is cleared before the table")
			for _, l := range lines[1 : len(lines)-1] {
				assert.Regexp(t, `^bakesim: simulated \d+(\.\d+)?m?s of 2s \(\d+\.\d%\)$`, l)
			}
		})
	}
}

func TestProgressLine(t *testing.T) {
	forever := sim.Scenario{Bakers: 2}
	batch := sim.Scenario{Bakers: 2, Batch: 1_000_000_000}
	for _, tc := range []struct {
		name       string
		now, until time.Duration
		sc         sim.Scenario
		eaten      int64
		want       string
	}{
		{"by the clock", 83500 * time.Millisecond, 10 * time.Minute, forever, 0, "bakesim: simulated 1m23.5s of 10m0s (13.9%)"},
		{"by the loaves", time.Hour, 2777*time.Hour + 46*time.Minute + 40*time.Second, batch, 500_000_000, "bakesim: simulated 1h0m0s of 2777h46m40s, 500000000 of 2000000000 loaves eaten (25.0%)"},
		{"barely started", time.Second, 2777*time.Hour + 46*time.Minute + 40*time.Second, batch, 2, "bakesim: simulated 1s of 2777h46m40s, 2 of 2000000000 loaves eaten (1e-05%)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, progressLine(tc.now, tc.until, tc.sc, tc.eaten))
		})
	}
}

func TestIsTerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "out"))
	require.NoError(t, err)
	defer f.Close()
	for _, tc := range []struct {
		name string
		w    io.Writer
	}{{"a buffer", &bytes.Buffer{}}, {"a file", f}} {
		t.Run(tc.name, func(t *testing.T) {
			assert.False(t, isTerminal(tc.w))
		})
	}
}

func TestHelpShowsWhatEachFlagTakesAndItsDefault(t *testing.T) {
	code, out, _ := bakesim("-h")
	require.Equal(t, 0, code)
	assert.NotContains(t, out, " value\n", "every flag says what it takes")
	for _, want := range []string{
		"-preset NAME\n", "(default seed)",
		"-bakers N\n    \tnumber of bakers (default 2)\n",
		"-plate N\n", "(default 6)\n",
		"-bake TIME\n", "(default 0.5s)\n",
		"-eat TIME\n", "(default 1s)\n",
		"-batch N\n", "(0: bake forever) (default 6)\n",
		"-seed N\n", "(a whole number) (default 1)\n",
		"-baker-names NAMES\n    \tnames for the bakers, comma-separated (default John,Mike)\n",
		"-eater-names NAMES\n", "(default Grace,Lucy)\n",
		"-until TIME\n", "-log FILE\n", "-json\n", "-theory\n",
	} {
		assert.Contains(t, out, want)
	}
	for _, k := range sim.Keys {
		t.Run(k.Name, func(t *testing.T) {
			assert.NotEmpty(t, k.Arg, "a new scenario key needs an Arg for -h")
		})
	}
}

func TestTableAlignsWhatIsDrawn(t *testing.T) {
	code, out, stderr := bakesim("-preset", "seed", "-eater-names", "Zoe\u0308,Ann", "-baker-names", "Łukasz,Jo")
	require.Equal(t, 0, code, stderr)
	for _, section := range []string{"\nBakers", "\nEaters"} {
		rows := strings.Split(out[strings.Index(out, section)+1:], "\n")[:3]
		t.Run(section[1:], func(t *testing.T) {
			for _, row := range rows[1:] {
				assert.Equal(t, cells(rows[0]), cells(row), "%q under %q", row, rows[0])
				assert.Equal(t, strings.Index(rows[0], "loaves")+len("loaves"), cellIndex(row, "6")+1, "%q", row)
			}
		})
	}
	for _, tc := range []struct {
		name, s string
		want    int
	}{
		{"ASCII", "Ann", 3},
		{"precomposed", "Zoë", 3},
		{"combining diaeresis", "Zoe\u0308", 3},
		{"two marks", "e\u0301\u0302", 1},
		{"zero-width joiner", "a\u200db", 2},
		{"wide", "名前", 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, cells(tc.s))
		})
	}
}

// cellIndex is the column at which sub starts in s, counted as cells counts.
func cellIndex(s, sub string) int { return cells(s[:strings.Index(s, sub)]) }

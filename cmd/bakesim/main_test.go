package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bakesim runs the command in-process and returns its exit status, standard output and standard error.
func bakesim(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
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
		{[]string{"-until", "never"}, `-until: want a duration`},
		{[]string{"-colour", "red"}, `flag provided but not defined: -colour`},
		{[]string{"-json=maybe"}, `-json`},
		{[]string{"extra"}, `unexpected argument "extra"`},
		{[]string{"-seed"}, `flag needs an argument: -seed`},
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

package sim

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDist(t *testing.T) {
	tests := []struct {
		in   string
		want Dist
		text string
	}{
		{"0.5s", Dist{Kind: Fixed, A: 500 * time.Millisecond}, "0.5s"},
		{"500ms", Dist{Kind: Fixed, A: 500 * time.Millisecond}, "0.5s"},
		{"2", Dist{Kind: Fixed, A: 2 * time.Second}, "2s"},
		{"exp:0.5s", Dist{Kind: Exponential, A: 500 * time.Millisecond}, "exp:0.5s"},
		{"uniform:0.2s..0.8s", Dist{Kind: Uniform, A: 200 * time.Millisecond, B: 800 * time.Millisecond}, "uniform:0.2s..0.8s"},
		{" fixed:1m ", Dist{Kind: Fixed, A: time.Minute}, "60s"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDist(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.text, got.String())
			back, err := ParseDist(got.String())
			require.NoError(t, err)
			assert.Equal(t, got, back, "String reads back")
		})
	}
	for _, bad := range []string{"", "0s", "-1s", "2h", "exp:", "uniform:1s", "uniform:2s..1s", "gauss:1s", "NaN", "1e300", "0.0001s"} {
		_, err := ParseDist(bad)
		assert.Error(t, err, "%q", bad)
	}
}

func TestParseScenario(t *testing.T) {
	sc, err := Parse([]Setting{{"plate", "2"}, {"preset", "crowd"}, {"bake", "exp:1s"}, {"eater-names", "Ann, Bo"}}, DefaultLimits)
	require.NoError(t, err)
	crowd := MustPreset("crowd")
	assert.Equal(t, 2, sc.Plate, "the preset is applied first, wherever it stands")
	assert.Equal(t, crowd.Bakers, sc.Bakers)
	assert.Equal(t, Dist{Kind: Exponential, A: time.Second}, sc.Bake)
	assert.Equal(t, []string{"Ann", "Bo"}, sc.EaterNames)

	back, err := Parse(sc.Settings(), DefaultLimits)
	require.NoError(t, err)
	sc.Preset = ""
	assert.Equal(t, sc, back, "Settings round-trips through Parse")
}

func TestParseReportsEveryBadSettingAndKeepsTheRest(t *testing.T) {
	sc, err := Parse([]Setting{{"bakers", "many"}, {"plate", "3"}, {"eat", "forever"}, {"colour", "red"}, {"seed", "-4"}}, DefaultLimits)
	require.Error(t, err)
	var keys []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var se *SettingError
		require.True(t, errors.As(e, &se))
		keys = append(keys, se.Key)
	}
	assert.Equal(t, []string{"bakers", "eat", "colour", "seed"}, keys)
	assert.Equal(t, 3, sc.Plate, "good settings still apply")
	assert.Equal(t, MustPreset("seed").Bakers, sc.Bakers, "bad ones keep the preset's value")
	assert.Contains(t, err.Error(), `bakers "many": want a whole number 0..10000`)
}

func TestLimitsBoundTheScreen(t *testing.T) {
	screen := Limits{MaxActors: 64, MaxPlate: 1000}
	_, err := Parse([]Setting{{"bakers", "65"}}, screen)
	assert.EqualError(t, err, `bakers "65": want a whole number 0..64`)
	_, err = Parse([]Setting{{"bakers", "5000"}}, DefaultLimits)
	assert.NoError(t, err, "the headless tool takes thousands")
}

func TestEveryPresetIsValidAndDescribed(t *testing.T) {
	for _, p := range Presets {
		assert.NoError(t, p.Scenario.Check(DefaultLimits), p.Name)
		assert.NotEmpty(t, p.Description, p.Name)
	}
}

func FuzzParse(f *testing.F) {
	for _, k := range Keys {
		f.Add(k.Name, "1")
	}
	f.Add("bake", "uniform:0.1s..9s")
	f.Add("eat", "exp:1e-3")
	f.Add("baker-names", "a,,b")
	f.Fuzz(func(t *testing.T, key, value string) {
		sc, err := Parse([]Setting{{key, value}}, DefaultLimits)
		if err != nil {
			var se *SettingError
			if !errors.As(err, &se) {
				t.Fatalf("%v is not a *SettingError", err)
			}
			return
		}
		if err := sc.Check(DefaultLimits); err != nil {
			t.Fatalf("Parse accepted %s=%q but the result fails Check: %v", key, value, err)
		}
		s, err := New(sc)
		if err != nil {
			t.Fatal(err)
		}
		s.Advance(time.Second)
		s.Close()
	})
}

func TestCheckNamesOneByOne(t *testing.T) {
	for _, names := range [][]string{{""}, {"Jo,hn"}, {"  John  "}, {"a-name-that-is-far-too-long-to-show"}, {"tab\there"}} {
		sc := MustPreset("seed")
		sc.BakerNames = names
		assert.Error(t, sc.Check(DefaultLimits), "%q", names)
	}
	sc := MustPreset("seed")
	sc.EaterNames = []string{"Zoë", "李"}
	assert.NoError(t, sc.Check(DefaultLimits))
}

func TestExactRefusesInvalidScenarios(t *testing.T) {
	_, err := Exact(Scenario{Bakers: -5, Eaters: 1, Bake: expo(time.Second), Eat: expo(time.Second)})
	assert.Error(t, err)
	_, err = Exact(Scenario{Bakers: 1, Eaters: 1, Bake: expo(0), Eat: expo(time.Second)})
	assert.Error(t, err)
}

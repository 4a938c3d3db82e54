package sim

import (
	"errors"
	"strings"
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

func TestASettingGivenTwiceKeepsTheFirst(t *testing.T) {
	settings, errs := Once([]Setting{{"bakers", "3"}, {"plate", "4"}, {"bakers", "5"}, {"plate", "4"}, {"bakers", "3"}})
	require.Len(t, errs, 1, "the same value again is no conflict")
	assert.EqualError(t, errs[0], `bakers given twice, as "3" and as "5": give it once`)
	var re *RepeatedError
	require.ErrorAs(t, errs[0], &re)
	assert.Equal(t, RepeatedError{Key: "bakers", First: "3", Then: "5"}, *re)
	assert.Equal(t, []Setting{{"bakers", "3"}, {"plate", "4"}}, settings, "the first kept")
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
	for _, names := range [][]string{{""}, {"Jo,hn"}, {"  John  "}, {"a-name-that-is-far-too-long-to-show"}, {"tab\there"}, {"李"}} {
		sc := MustPreset("seed")
		sc.BakerNames = names
		assert.Error(t, sc.Check(DefaultLimits), "%q", names)
	}
	sc := MustPreset("seed")
	sc.EaterNames = []string{"Zoë", "Ødegård"}
	assert.NoError(t, sc.Check(DefaultLimits))
}

func TestExactRefusesInvalidScenarios(t *testing.T) {
	_, err := Exact(Scenario{Bakers: -5, Eaters: 1, Bake: expo(time.Second), Eat: expo(time.Second)})
	assert.Error(t, err)
	_, err = Exact(Scenario{Bakers: 1, Eaters: 1, Bake: expo(0), Eat: expo(time.Second)})
	assert.Error(t, err)
}

func TestParseNames(t *testing.T) {
	for _, tc := range []struct {
		name, value string
		want        []string
		err         string // what the error says, "" for none
	}{
		{"Latin letters", "Ann, Zoë, Ødegård", []string{"Ann", "Zoë", "Ødegård"}, ""},
		{"Greek and Cyrillic", "Λάμπρος,Жанна", []string{"Λάμπρος", "Жанна"}, ""},
		{"space inside", "Baker 3,Mary Ann", []string{"Baker 3", "Mary Ann"}, ""},
		{"combining accent the font composes", "Zoe\u0308", []string{"Zoe\u0308"}, ""},
		{"two marks composing in turn", "A\u030a\u0301", []string{"A\u030a\u0301"}, ""},
		{"emoji", "🍞", nil, `name 1 has "🍞" (U+1F35E), which the font cannot draw`},
		{"Han", "Ann,名前", nil, `name 2 has "名" (U+540D), which the font cannot draw`},
		{"Arabic", "عربي", nil, `name 1 has "ع" (U+0639), which the font cannot draw`},
		{"a mark the font has no room for", "e\u0301\u0301", nil, `name 1 has "\u0301" (U+0301), which the font cannot draw`},
		{"a mark with nothing before it", "\u0301Ann", nil, `name 1 has "\u0301" (U+0301), which the font cannot draw`},
		{"three marks in a row", "ae\u0301\u0302\u0303", nil, "name 1 has more than 2 combining marks in a row"},
		{"twenty marks in a row", "a" + strings.Repeat("\u0301", 20), nil, "name 1 has more than 2 combining marks in a row"},
		{"variation selector", "Ann\ufe0f", nil, `name 1 has "\ufe0f" (U+FE0F), which the font cannot draw`},
		{"unprintable", "Ann\u200d", nil, "name 1 has an unprintable character"},
		{"two bakers called Ann", "Ann,Bo,Ann", nil, `names 1 and 3 are both "Ann"`},
		{"the same name composed and not", "Zoë,Zoe\u0308", nil, `names 1 and 2 are both "Zoë"`},
		{"names differ by case", "ann,Ann", []string{"ann", "Ann"}, ""},
		{"a default name given to another baker", "Mike", []string{"Mike"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc, err := Parse([]Setting{{"baker-names", tc.value}}, DefaultLimits)
			if tc.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.err)
				var se *SettingError
				require.ErrorAs(t, err, &se)
				assert.Equal(t, "baker-names", se.Key)
				assert.Equal(t, MustPreset("seed").BakerNames, sc.BakerNames, "a bad setting keeps the preset's names")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, sc.BakerNames)
			assert.NoError(t, sc.Check(DefaultLimits))
		})
	}
}

func TestDefaultNamesSkipGivenOnes(t *testing.T) {
	for _, tc := range []struct {
		name   string
		given  []string
		bakers int
		want   string
	}{
		{"no names given", nil, 4, "John Mike Ada Omar"},
		{"one name given", []string{"Ann"}, 3, "Ann Mike Ada"},
		{"a later default given", []string{"Mike"}, 4, "Mike Ada Omar Priya"},
		{"an earlier default given", []string{"Ann", "Bo", "John"}, 4, "Ann Bo John Omar"},
		{"a numbered default given", []string{"Baker 14"}, 15, "Baker 14 Mike Ada Omar Priya Kenji Sofia Tariq Mei Luis Ines Femi Baker 13 Baker 15 Baker 16"},
		{"not quite a numbered default", []string{"Baker 013"}, 14, "Baker 013 Mike Ada Omar Priya Kenji Sofia Tariq Mei Luis Ines Femi Baker 13 Baker 14"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc := MustPreset("seed")
			sc.Bakers, sc.BakerNames = tc.bakers, tc.given
			s, err := New(sc)
			require.NoError(t, err)
			defer s.Close()
			var snap Snapshot
			s.Snapshot(&snap)
			var names []string
			for _, a := range snap.Bakers {
				names = append(names, a.Name)
			}
			assert.Equal(t, tc.want, strings.Join(names, " "))
		})
	}
}

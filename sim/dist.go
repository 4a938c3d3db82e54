package sim

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// DistKind says how a [Dist] draws its durations.
type DistKind uint8

const (
	// Fixed always gives the same duration.
	Fixed DistKind = iota
	// Exponential gives random durations with the given mean, as in a Poisson process.
	Exponential
	// Uniform gives random durations spread evenly over a range.
	Uniform
)

// String returns the prefix the kind has in the text form of a [Dist].
func (k DistKind) String() string {
	switch k {
	case Fixed:
		return "fixed"
	case Exponential:
		return "exp"
	case Uniform:
		return "uniform"
	}
	return "DistKind(" + strconv.Itoa(int(k)) + ")"
}

// Dist is a distribution of durations: how long a bake or a meal takes. Its zero value is not valid; make one with
// [ParseDist] or as a literal with positive durations.
type Dist struct {
	Kind DistKind
	// A is the duration of Fixed, the mean of Exponential and the least value of Uniform.
	A time.Duration
	// B is the greatest value of Uniform; other kinds ignore it.
	B time.Duration
}

// Durations a Dist may use: short enough to watch, long enough that a run always moves on.
const (
	MinDuration = time.Millisecond
	MaxDuration = time.Hour
)

// ParseDist parses "0.5s", "500ms", "exp:0.5s" (exponential with that mean) or "uniform:0.2s..0.8s".
// A bare number is taken as seconds.
func ParseDist(s string) (Dist, error) {
	s = strings.TrimSpace(s)
	kind, rest, found := strings.Cut(s, ":")
	if !found {
		kind, rest = "fixed", s
	}
	var d Dist
	var err error
	switch strings.ToLower(kind) {
	case "fixed":
		d.Kind = Fixed
		d.A, err = parseDuration(rest)
	case "exp", "exponential":
		d.Kind = Exponential
		d.A, err = parseDuration(rest)
	case "uniform":
		d.Kind = Uniform
		lo, hi, ok := strings.Cut(rest, "..")
		if !ok {
			return Dist{}, fmt.Errorf("uniform needs a range like uniform:0.2s..0.8s")
		}
		if d.A, err = parseDuration(lo); err == nil {
			d.B, err = parseDuration(hi)
		}
		if err == nil && d.B < d.A {
			err = fmt.Errorf("the range %s..%s runs backwards", fmtSeconds(d.A), fmtSeconds(d.B))
		}
	default:
		return Dist{}, fmt.Errorf("unknown kind %q", kind)
	}
	if err != nil {
		return Dist{}, err
	}
	return d, d.check()
}

func parseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		if math.IsNaN(f) || math.IsInf(f, 0) || f > MaxDuration.Seconds() || f < 0 {
			return 0, fmt.Errorf("%q is out of range", s)
		}
		return time.Duration(math.Round(f * 1e9)), nil
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a duration", s)
	}
	return d, nil
}

func (d Dist) check() error {
	if d.Kind > Uniform {
		return fmt.Errorf("unknown kind %v", d.Kind)
	}
	if d.Kind == Uniform && d.B < d.A {
		return fmt.Errorf("the range %s..%s runs backwards", fmtSeconds(d.A), fmtSeconds(d.B))
	}
	vals := []time.Duration{d.A}
	if d.Kind == Uniform {
		vals = append(vals, d.B)
	}
	for _, v := range vals {
		if v < MinDuration || v > MaxDuration {
			return fmt.Errorf("%s is outside %s..%s", fmtSeconds(v), fmtSeconds(MinDuration), fmtSeconds(MaxDuration))
		}
	}
	return nil
}

// String gives the text form that [ParseDist] reads back: "0.5s", "exp:0.5s", "uniform:0.2s..0.8s".
func (d Dist) String() string {
	switch d.Kind {
	case Exponential:
		return "exp:" + fmtSeconds(d.A)
	case Uniform:
		return "uniform:" + fmtSeconds(d.A) + ".." + fmtSeconds(d.B)
	}
	return fmtSeconds(d.A)
}

// Mean is the average duration the distribution gives.
func (d Dist) Mean() time.Duration {
	if d.Kind == Uniform {
		return d.A + (d.B-d.A)/2
	}
	return d.A
}

// Random reports whether the durations vary from draw to draw.
func (d Dist) Random() bool { return d.Kind != Fixed && !(d.Kind == Uniform && d.A == d.B) }

// Scale returns the distribution with every duration multiplied by f, kept within MinDuration..MaxDuration.
func (d Dist) Scale(f float64) Dist {
	scale := func(v time.Duration) time.Duration {
		// Clamp as a float: converting a float beyond int64 to an integer gives different answers on
		// different platforms. NaN and negative factors give the minimum.
		x := math.Round(float64(v) * f)
		if !(x >= float64(MinDuration)) {
			return MinDuration
		}
		return time.Duration(min(x, float64(MaxDuration)))
	}
	d.A = scale(d.A)
	if d.Kind == Uniform {
		d.B = scale(d.B)
	}
	return d
}

// draw takes one duration from r; it is never below a nanosecond, so time always moves on.
func (d Dist) draw(r *rand.Rand) time.Duration {
	var v time.Duration
	switch d.Kind {
	case Exponential:
		v = time.Duration(math.Round(r.ExpFloat64() * float64(d.A)))
	case Uniform:
		v = d.A + time.Duration(r.Int64N(int64(d.B-d.A)+1))
	default:
		v = d.A
	}
	return max(v, 1)
}

// fmtSeconds writes a duration in seconds with no trailing zeros: 0.5s, 2s, 0.001s.
func fmtSeconds(d time.Duration) string {
	return strconv.FormatFloat(d.Seconds(), 'f', -1, 64) + "s"
}

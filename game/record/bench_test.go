package record

import (
	"image"
	"testing"

	"github.com/gobakery/bakery/game/palette"
)

// benchFrames are the frames the benchmarks cycle through, drawn once: a scene that moves a little (what the
// game mostly shows), one that changes every pixel (the worst case: a theme switch on every frame), and one that
// stands still.
func benchFrames(kind string, size image.Point) []*image.RGBA {
	frames := make([]*image.RGBA, 30)
	for i := range frames {
		switch kind {
		case "scene":
			frames[i] = scene(palette.Light, size, i, 15)
		case "every pixel":
			frames[i] = scene(palette.Themes[i%2], size, i, 15)
		case "still":
			frames[i] = scene(palette.Light, size, 0, 15)
		}
	}
	return frames
}

// BenchmarkFrame measures the whole cost of one 800×450 frame: finding what changed, copying it, quantising it
// and compressing it (Add and Flush). Its ns/op is the time per frame; B/frame is the GIF's growth per frame.
func BenchmarkFrame(b *testing.B) {
	for _, kind := range []string{"scene", "every pixel", "still"} {
		b.Run(kind, func(b *testing.B) { benchStage(b, kind, "") })
	}
}

// BenchmarkStage measures each stage of a frame alone: "find" is Add (finding what changed and copying it),
// "quantise" the rows Work spreads out, "compress" the step Work does at once.
func BenchmarkStage(b *testing.B) {
	for _, stage := range []string{"find", "quantise", "compress"} {
		for _, kind := range []string{"scene", "every pixel"} {
			b.Run(stage+"/"+kind, func(b *testing.B) { benchStage(b, kind, stage) })
		}
	}
}

// benchStage times stage of every frame, or all of it for "".
func benchStage(b *testing.B, kind, stage string) {
	size := image.Pt(800, 450)
	frames := benchFrames(kind, size)
	var w counter
	r, err := New(&w, themeOptions(palette.Light, size, 15, b.N+1))
	if err != nil {
		b.Fatal(err)
	}
	if err := r.Add(frames[len(frames)-1]); err != nil {
		b.Fatal(err)
	}
	if err := r.Flush(); err != nil {
		b.Fatal(err)
	}
	start := w
	timed := func(s string, f func()) {
		if stage != "" && stage != s {
			b.StopTimer()
			defer b.StartTimer()
		}
		f()
	}
	b.ResetTimer()
	for i := range b.N {
		timed("find", func() { err = r.Add(frames[i%len(frames)]) })
		timed("quantise", func() { _, err = r.Work(size.Y) })
		timed("compress", func() { _, err = r.Work(0) })
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if stage == "" {
		b.ReportMetric(float64(w-start)/float64(b.N), "B/frame")
	}
}

type counter int64

func (c *counter) Write(p []byte) (int, error) { *c += counter(len(p)); return len(p), nil }

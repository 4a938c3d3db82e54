//go:build !js

package browser

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHostileValues: nothing a page passes to window.bakery can crash or freeze the game. A throwing getter and
// a Proxy whose traps throw are one bad setting each, whether set is called directly or from inside a listener;
// a flood of keys is refused at once and briefly; a BigInt or a Symbol is a bad value, not a crash.
func TestHostileValues(t *testing.T) {
	b := newBrowser(t)
	b.navigate(t, serveSite(t, site)+"/embed.html?preset=balanced&speed=4")
	waitReady(t, b)

	running := func() {
		t.Helper()
		t0 := eval[float64](t, b, `bakery.state().time_s`)
		waitFor(t, b, fmt.Sprintf(`bakery.state().time_s > %v`, t0), 30*time.Second)
		require.False(t, eval[bool](t, b, `!document.getElementById("crash").hidden`), "the crash panel shows")
	}
	for _, tc := range []struct {
		name, call string
		key        string
	}{
		{"throwing getter", `bakery.set({get plate() { throw new Error("x") }})`, "plate"},
		{"throwing proxy get", `bakery.set(new Proxy({plate: 2}, {get() { throw new Error("trap") }}))`, "plate"},
		{"throwing proxy keys", `bakery.set(new Proxy({}, {ownKeys() { throw new Error("trap") }}))`, ""},
		{"throwing toString", `bakery.set({plate: {toString() { throw new Error("x") }}})`, "plate"},
		{"bigint", `bakery.set({plate: 10n})`, ""},
		{"symbol", `bakery.set({plate: Symbol("p")})`, "plate"},
		{"bigint argument", `bakery.set(10n)`, ""},
		{"nested object", `bakery.set({plate: {a: 1}})`, "plate"},
		{"revoked proxy", `(() => { const r = Proxy.revocable({}, {}); r.revoke(); return bakery.set(r.proxy) })()`, ""},
		{"array proxy with a throwing length", `bakery.set({bakers: new Proxy(["Ann"], {get(t, k) {
			if (k === "length") throw new Error("len trap"); return t[k] }})})`, "bakers"},
		{"array proxy to sweep", `bakery.sweep({axis: new Proxy([], {get() { throw new Error("len trap") }})})`, "axis"},
		{"array proxy to tour", `bakery.tour(new Proxy([], {get() { throw new Error("len trap") }}))`, ""},
		{"set still answers after them", `bakery.set({plate: "x"})`, "plate"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := eval[[]setError](t, b, tc.call)
			require.Len(t, got, 1, "one error, not an exception")
			assert.NotEmpty(t, got[0].Message)
			if tc.key != "" {
				assert.Equal(t, tc.key, got[0].Key)
			}
			running()
		})
	}

	t.Run("from inside a listener", func(t *testing.T) {
		eval[any](t, b, `window.inside = []; bakery.on("loafEaten", () => {
			window.inside.push(bakery.set({get plate() { throw new Error("x") }}));
			try { window.inside.push(bakery.set(new Proxy({}, {get() { throw new Error("y") }, ownKeys() { return ["plate"] },
				getOwnPropertyDescriptor() { return {value: 1, enumerable: true, configurable: true} }}))) } catch (e) { window.inside.push(String(e)) }
			try { window.inside.push(bakery.set({bakers: new Proxy([], {get() { throw new Error("len") }})})) } catch (e) { window.inside.push(String(e)) }
			bakery.state(); bakery.step; 
		}), 0`)
		waitFor(t, b, `window.inside.length >= 6`, time.Minute)
		running()
		for _, r := range eval[[]any](t, b, `window.inside`) {
			list, ok := r.([]any)
			assert.True(t, ok, "set returned %v, not a list of errors", r)
			assert.Len(t, list, 1)
		}
	})

	t.Run("a flood of keys", func(t *testing.T) {
		took := eval[float64](t, b, `(() => { const o = {}; for (let i = 0; i < 100000; i++) o["k" + i] = i;
			const t0 = performance.now(); window.flood = bakery.set(o); return performance.now() - t0 })()`)
		got := eval[[]setError](t, b, `window.flood`)
		require.Len(t, got, 1)
		assert.Contains(t, got[0].Allowed, "at most 64")
		assert.Less(t, eval[int](t, b, `JSON.stringify(window.flood).length`), 300, "a brief answer")
		t.Logf("set() with 100,000 keys answered in %.1f ms", took)
		running()
	})

	t.Run("a listener throwing an object whose message throws", func(t *testing.T) {
		eval[any](t, b, `window.thrown = 0; bakery.on("taken", function f() { thrown++; bakery.off("taken", f);
			throw new Proxy({}, {get() { throw new Error("no") }}) }), 0`)
		waitFor(t, b, `window.thrown >= 1`, time.Minute)
		running()
		got := eval[[]setError](t, b, `bakery.set({get plate() { throw {get message() { throw new Error("inner") }} }})`)
		require.Len(t, got, 1, "one error, not an exception")
		running()
	})

	t.Run("a getter that calls the API back", func(t *testing.T) {
		got := eval[[]setError](t, b, `(() => { const o = {get plate() { return JSON.stringify(bakery.set(o)) }}; return bakery.set(o) })()`)
		require.Len(t, got, 1)
		running()
	})

	t.Run("a listener that subscribes itself again", func(t *testing.T) {
		eval[any](t, b, `window.calls = 0; (() => { const f = () => { calls++; bakery.on("taken", () => calls++) }; bakery.on("taken", f) })(), 0`)
		time.Sleep(3 * time.Second)
		running()
		assert.Less(t, eval[int](t, b, `calls`), 5000, "listeners are bounded")
	})

	t.Run("huge values", func(t *testing.T) {
		took := eval[float64](t, b, `(() => { const t0 = performance.now(); window.huge = bakery.set({plate: "x".repeat(1e7), bakers: 3});
			return performance.now() - t0 })()`)
		got := eval[[]setError](t, b, `window.huge`)
		require.Len(t, got, 1)
		assert.Less(t, eval[int](t, b, `JSON.stringify(window.huge).length`), 2000, "a brief answer")
		t.Logf("set() with a value of 10,000,000 characters answered in %.1f ms", took)
		waitFor(t, b, `bakery.state().settings.bakers === "3"`, 30*time.Second)
	})

	t.Run("one unreadable value keeps the good ones", func(t *testing.T) {
		got := eval[[]setError](t, b, `bakery.set({plate: 3, get eaters() { throw 1 }})`)
		require.Len(t, got, 1)
		assert.Equal(t, "eaters", got[0].Key)
		waitFor(t, b, `bakery.state().capacity === 3`, 30*time.Second)
	})

	t.Run("bad arguments to on", func(t *testing.T) {
		for _, call := range []string{`bakery.on()`, `bakery.on("plateFul", () => 0)`, `bakery.on("loafEaten", 3)`, `bakery.on(10n, () => 0)`} {
			got := eval[[]setError](t, b, call)
			assert.Len(t, got, 1, call)
		}
		running()
	})
	// The one console error is the page's own listener throwing, which the game reports and survives.
	for _, e := range b.errors() {
		assert.Contains(t, e, "bakery: listener for taken threw", "console errors")
	}
}

// TestHiddenTabTakesChanges: in a tab that is really hidden (another tab opened over it), where the browser
// stops drawing, set() still takes effect in state() within a second or so, and the run, shown again, goes on
// from where it stood rather than leaping.
func TestHiddenTabTakesChanges(t *testing.T) {
	b := newBrowser(t)
	b.navigate(t, serveSite(t, site)+"/embed.html?preset=crowd&speed=64")
	waitReady(t, b)
	waitFor(t, b, `bakery.state().time_s > 5`, time.Minute)
	eval[any](t, b, `window.other = window.open("about:blank"), 0`)
	waitFor(t, b, `document.visibilityState === "hidden"`, 10*time.Second)
	hidden := eval[float64](t, b, `bakery.state().time_s`)
	assert.Empty(t, eval[[]setError](t, b, `bakery.set({plate: 3, bakers: 2})`))
	waitFor(t, b, `bakery.state().capacity === 3 && bakery.state().settings.bakers === "2"`, 10*time.Second)
	time.Sleep(2 * time.Second)
	assert.Equal(t, hidden, eval[float64](t, b, `bakery.state().time_s`), "a hidden tab's clock stands still")
	eval[any](t, b, `window.other.close(), 0`)
	waitFor(t, b, `document.visibilityState === "visible"`, 10*time.Second)
	// Shown again, the run goes on (that it owes nothing for the time it was hidden is the session's
	// TestResumingDoesNotLeap: at 64× on a slow machine a leap and a slow frame look alike from here).
	waitFor(t, b, fmt.Sprintf(`bakery.state().time_s > %v`, hidden), 30*time.Second)
	assert.Empty(t, b.errors(), "console errors")
}

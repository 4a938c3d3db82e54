package serve

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// web is the folder the pages are copied from.
const web = ".."

func TestEveryPageIsInWeb(t *testing.T) {
	for _, f := range Files {
		if f.From == Page {
			t.Run(f.Name, func(t *testing.T) {
				_, err := os.Stat(filepath.Join(web, f.Name))
				assert.NoError(t, err, "web/%s is listed in Files", f.Name)
			})
		}
	}
}

// reference is a src or href attribute's value.
var reference = regexp.MustCompile(`(?:src|href)="([^"]*)"`)

func TestEveryFileThePagesLoadIsListed(t *testing.T) {
	for _, f := range Files {
		if f.From != Page || !strings.HasSuffix(f.Name, ".html") {
			continue
		}
		t.Run(f.Name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(web, f.Name))
			require.NoError(t, err)
			for _, m := range reference.FindAllStringSubmatch(string(b), -1) {
				ref, _, _ := strings.Cut(m[1], "?")
				ref, _, _ = strings.Cut(ref, "#")
				if ref == "" || strings.Contains(ref, ":") || strings.HasPrefix(ref, "$") {
					continue // the page itself, another site, a data: URL, or a template
				}
				_, ok := lookup(Files, "/"+ref)
				assert.True(t, ok, "%s loads %s, which Files does not list", f.Name, ref)
			}
		})
	}
}

func TestLookup(t *testing.T) {
	for _, tc := range []struct {
		name, path, want string
	}{
		{"root", "/", "index.html"},
		{"a page", "/embed.html", "embed.html"},
		{"the game", "/bakery.wasm", WasmName},
		{"not listed", "/notes.txt", ""},
		{"no slash", "index.html", ""},
		{"two slashes", "//index.html", ""},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := lookup(Files, tc.path)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.want != "", ok)
		})
	}
}

func TestSourceString(t *testing.T) {
	for _, tc := range []struct {
		s    Source
		want string
	}{{Page, "page"}, {GoRoot, "GOROOT"}, {Game, "game"}, {Source(9), "Source(9)"}} {
		t.Run(tc.want, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.s.String())
		})
	}
}

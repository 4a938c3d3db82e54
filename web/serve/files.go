package serve

import "fmt"

// A Source says where [Build] takes a file of the site from.
type Source int

const (
	// Page is a page, style sheet or script, copied from [Options].Static.
	Page Source = iota
	// GoRoot is wasm_exec.js, copied from GOROOT/lib/wasm of the Go that builds, so that it matches the wasm.
	GoRoot
	// Game is the game's WebAssembly binary, built (or copied from [Options].Wasm).
	Game
)

// String returns the source's name.
func (s Source) String() string {
	switch s {
	case Page:
		return "page"
	case GoRoot:
		return "GOROOT"
	case Game:
		return "game"
	}
	return fmt.Sprintf("Source(%d)", int(s))
}

// File is one file of a site: its name in the folder (no slashes: a site is one flat folder) and where Build
// takes it from.
type File struct {
	Name string
	From Source
}

// Files are the browser version's files: everything its pages load, and nothing else. [Build] writes exactly
// these (with .br and .gz twins), and [Handler] serves exactly these, "/" being index.html. A new page, style
// sheet or script in web/ is one more line here.
var Files = []File{
	{"index.html", Page},
	{"embed.html", Page},
	{"example.html", Page},
	{"bakery.css", Page},
	{"loader.js", Page},
	{"a11y.js", Page},
	{"embed-dialog.js", Page},
	{"wasm_exec.js", GoRoot},
	{WasmName, Game},
}

// indexName is the file served for "/".
const indexName = "index.html"

// lookup returns the name of the file of files that urlPath asks for: "/" + its name, or "/" for index.html.
func lookup(files []File, urlPath string) (string, bool) {
	if urlPath == "/" {
		urlPath += indexName
	}
	for _, f := range files {
		if urlPath == "/"+f.Name {
			return f.Name, true
		}
	}
	return "", false
}

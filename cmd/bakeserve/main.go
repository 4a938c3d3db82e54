// Bakeserve serves the browser version of Bakery on loopback, and builds the folder it serves. It serves the
// site's files (serve.Files) and nothing else in the folder: not the Go sources and tests beside the pages in web/.
//
//	bakeserve [-build] [-dir web] [-addr 127.0.0.1] [-port 8080]   build (with -build) and serve dir
//	bakeserve -dist dist                                          write a self-contained static folder and exit
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/gobakery/bakery/web/serve"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "bakeserve:", err)
		os.Exit(2)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bakeserve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", "web", "folder to serve the site's files from (and, with -dist, to copy the pages from)")
	addr := fs.String("addr", "127.0.0.1", "address to listen on; 0.0.0.0 serves the whole network")
	port := fs.String("port", envOr("PORT", "8080"), "port to listen on (default from $PORT)")
	build := fs.Bool("build", false, "first build bakery.wasm into -dir, copy wasm_exec.js from GOROOT and precompress")
	dist := fs.String("dist", "", "write a self-contained static folder here (pages, wasm, wasm_exec.js, .br/.gz) and exit")
	wasm := fs.String("wasm", "", "use this already built wasm instead of running go build")
	quality := fs.Int("quality", 0, "brotli quality 1..11 (default 11 for -dist, 6 for -build, which is quicker)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if p, err := strconv.Atoi(*port); err != nil || p < 0 || p > 65535 {
		return fmt.Errorf("port %q: want a number from 0 to 65535", *port)
	}
	if *quality < 0 || *quality > 11 {
		return fmt.Errorf("quality %d: want 1 to 11", *quality)
	}
	if *dist != "" {
		return serve.Build(serve.Options{Out: *dist, Static: *dir, Wasm: *wasm, Quality: *quality, Log: stdout})
	}
	if *build {
		q := *quality
		if q == 0 {
			q = 6
		}
		if err := serve.Build(serve.Options{Out: *dir, Wasm: *wasm, Quality: q, Log: stdout}); err != nil {
			return err
		}
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(*addr, *port))
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "serving %s on http://%s/\n", *dir, ln.Addr())
	srv := &http.Server{Handler: serve.Handler(*dir), ReadHeaderTimeout: 10 * time.Second}
	return srv.Serve(ln)
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

# Bakery. `make serve` runs it in the browser; `make test` runs every test. `make help` lists the rest.

GO        ?= go
GOROOT    := $(shell $(GO) env GOROOT)
WASM_EXEC := $(GOROOT)/lib/wasm/go_js_wasm_exec
WASM_ENV  := GOOS=js GOARCH=wasm
XVFB      := xvfb-run -a -s "-screen 0 1280x800x24"
# Benchmarks: how many runs to give benchstat.
COUNT     ?= 10
PORT      ?= 8080
# The packages that need no display: the core, the session under the game and everything else Ebitengine-free.
# They are tested natively and with -race; those that run in the page are tested under wasm too.
NODISPLAY := ./sim/... ./cmd/bakesim ./gocode/... ./game/session/... ./game/control/... ./game/layout/... \
	./game/scene/... ./game/anim/... ./game/palette/... ./game/desktop/... ./web/page/...
WASMTEST  := ./sim/... ./gocode/... ./game/session/... ./game/scene/...

.PHONY: help serve dist run demo screenshots test deps lint test-core test-race test-wasm test-display \
	test-browser wasm bench framebench measure profile-load

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

serve: ## build the game for the browser and serve it on http://127.0.0.1:$(PORT)/ (needs only Go)
	PORT=$(PORT) $(GO) run ./cmd/bakeserve -build -dir web

dist: ## write dist/, a static folder any host can serve as it is
	rm -rf dist && $(GO) run ./cmd/bakeserve -dist dist

run: ## open the desktop window (flags: make run ARGS="-preset crowd -speed 4"); installs its system packages
	@scripts/install-deps desktop
	$(GO) run . $(ARGS)

demo: ## run the original story headless and print what happened
	$(GO) run ./cmd/bakesim -preset seed

screenshots: wasm ## redraw the README's pictures: the desktop's from docs/screenshots/list.txt, then the browser's
	@scripts/install-deps --check desktop browser $(if $(DISPLAY),,display)
	$(GO) build -o bin/bakery .
	$(if $(DISPLAY),,$(XVFB)) sh -c 'while read name args; do bin/bakery $$args -screenshot docs/screenshots/$$name.png || exit 1; done < docs/screenshots/list.txt'
	BAKERY_SCREENSHOTS=$(CURDIR)/docs/screenshots BAKERY_WASM=$(CURDIR)/out/bakery.wasm $(GO) test -count=1 -run TestDocsScreenshots ./web/browser

test: deps lint test-core test-race test-wasm test-display test-browser ## every check CI runs
	@echo "make test: all passed"

deps: ## install the system packages the build and tests need, if missing (apt-get; SKIP_DEPS=1 skips)
	@scripts/install-deps

lint: ## gofmt, go vet and staticcheck, native and for GOOS=js GOARCH=wasm; sim and bakesim stay free of graphics
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(WASM_ENV) $(GO) vet ./...
	$(GO) tool staticcheck ./...
	$(WASM_ENV) $$($(GO) tool -n staticcheck) ./...
	@bad=$$($(GO) list -deps ./sim/... ./cmd/bakesim | grep -E 'hajimehoshi|syscall/js' || true); \
		if [ -n "$$bad" ]; then echo "sim/ or cmd/bakesim imports graphics or syscall/js:"; echo "$$bad"; exit 1; fi
	@bad=$$($(GO) list -deps $(NODISPLAY) | grep -E 'hajimehoshi' || true); \
		if [ -n "$$bad" ]; then echo "a package tested without a display imports Ebitengine:"; echo "$$bad"; exit 1; fi
	CGO_ENABLED=0 $(GO) build -o /dev/null ./cmd/bakesim

test-core: ## tests of everything that needs no display: the core, the session, the command line
	$(GO) test -count=1 $(NODISPLAY)

test-race: ## the same under the race detector
	$(GO) test -count=1 -race $(NODISPLAY)

test-wasm: ## the tests of what runs in the page, compiled to WebAssembly and run by node
	$(WASM_ENV) $(GO) test -count=1 -exec="$(WASM_EXEC)" $(WASMTEST)

test-display: ## the Ebitengine adapter's tests and the real desktop program, under xvfb-run
	$(XVFB) $(GO) test -count=1 ./game ./internal/... .

wasm: ## build the browser game once, for the browser tests
	$(WASM_ENV) $(GO) build -trimpath -ldflags="-s -w" -o out/bakery.wasm .

test-browser: wasm ## the server's tests and the page's, chromedp driving headless Chromium
	BAKERY_WASM=$(CURDIR)/out/bakery.wasm $(GO) test -count=1 -timeout 30m ./web/... ./cmd/bakeserve

measure: ## the page's sizes, and its time to first frame beside a bare Ebitengine page's, printed
	$(GO) run ./web/measure

profile-load: ## a trace of a cold load of the page and of the bare page: where the time to the first frame goes
	$(GO) run ./web/measure -runs 0 -quality 1 -profile out/profile/bakery.json

framebench: ## CPU time of Update+Draw per frame, median and p99, under xvfb-run
	$(XVFB) $(GO) run ./internal/framebench

bench: ## kernel and raw-channel benchmarks, natively and under wasm, summarised by benchstat
	$(GO) test -run '^$$' -bench 'Kernel|Raw' -benchtime 1000000x -count $(COUNT) ./sim > bench-native.txt
	$(WASM_ENV) $(GO) test -run '^$$' -bench 'Kernel2x2|Raw' -benchtime 300000x -count $(COUNT) -exec="$(WASM_EXEC)" ./sim > bench-wasm.txt
	$(GO) tool benchstat -col /goos bench-native.txt bench-wasm.txt 2>/dev/null || $(GO) tool benchstat bench-native.txt bench-wasm.txt

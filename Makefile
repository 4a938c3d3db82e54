# Bakery. `make demo` runs a scenario headless; `make test` runs every test. `make help` lists the rest.

GO        ?= go
GOROOT    := $(shell $(GO) env GOROOT)
WASM_EXEC := $(GOROOT)/lib/wasm/go_js_wasm_exec
WASM_ENV  := GOOS=js GOARCH=wasm
XVFB      := xvfb-run -a -s "-screen 0 1280x800x24"
# Benchmarks: how many runs to give benchstat.
COUNT     ?= 10

.PHONY: help demo test deps lint test-core test-race test-wasm bench bench-wasm

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

demo: ## run the original story headless and print what happened
	$(GO) run ./cmd/bakesim -preset seed

test: deps lint test-core test-race test-wasm ## every check CI runs: lint, native, race and wasm tests
	@echo "make test: all passed"

deps: ## install the system packages the build and tests need, if missing
	@scripts/install-deps

lint: ## gofmt, go vet and staticcheck, native and for GOOS=js GOARCH=wasm; sim and bakesim stay free of graphics
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(WASM_ENV) $(GO) vet ./...
	$(GO) tool staticcheck ./...
	$(WASM_ENV) $$($(GO) tool -n staticcheck) ./...
	@bad=$$($(GO) list -deps ./sim/... ./cmd/bakesim | grep -E 'hajimehoshi|syscall/js' || true); \
		if [ -n "$$bad" ]; then echo "sim/ or cmd/bakesim imports graphics or syscall/js:"; echo "$$bad"; exit 1; fi
	CGO_ENABLED=0 $(GO) build -o /dev/null ./cmd/bakesim

test-core: ## tests of the simulation core and the command line
	$(GO) test -count=1 ./sim/... ./cmd/...

test-race: ## the same under the race detector
	$(GO) test -count=1 -race ./sim/... ./cmd/...

test-wasm: ## the core's tests compiled to WebAssembly and run by node
	$(WASM_ENV) $(GO) test -count=1 -exec="$(WASM_EXEC)" ./sim/...

bench: ## kernel and raw-channel benchmarks, natively and under wasm, summarised by benchstat
	$(GO) test -run '^$$' -bench 'Kernel|Raw' -benchtime 1000000x -count $(COUNT) ./sim > bench-native.txt
	$(WASM_ENV) $(GO) test -run '^$$' -bench 'Kernel2x2|Raw' -benchtime 300000x -count $(COUNT) -exec="$(WASM_EXEC)" ./sim > bench-wasm.txt
	$(GO) tool benchstat -col /goos bench-native.txt bench-wasm.txt 2>/dev/null || $(GO) tool benchstat bench-native.txt bench-wasm.txt

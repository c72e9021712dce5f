# graphsdkgen: see README.md.
GO ?= go
CORPUS ?= ../shared/corpus
TOOLS ?= ../shared/tools

.PHONY: generate check test corpus bench interop vet fmt fuzz

## generate: regenerate generated/ and specs/ from apidocs/ (the main job)
generate:
	$(GO) generate ./cmd/graphsdkgen

## check: fail if generated/ or specs/ are not what apidocs/ gives, or code is unformatted
check:
	$(GO) run ./cmd/graphsdkgen generate -check -q -go-out generated -openapi-out specs apidocs
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt needed"; exit 1; }
	$(GO) vet ./...

## test: all tests (the fast suite)
test:
	$(GO) test -timeout 30m ./...

## corpus: generate from the whole shared corpus, build, vet, validate, report; the March -> July names test
corpus:
	GRAPHSDKGEN_CORPUS=$(abspath $(CORPUS)) $(GO) test ./cmd/graphsdkgen -run 'TestCorpus|TestRevisionsKeepNames' -count=1 -timeout 90m -v

## bench: the whole pipeline over the 2021 corpus against a bare goldmark parse
bench:
	GRAPHSDKGEN_CORPUS=$(abspath $(CORPUS)) $(GO) test ./cmd/graphsdkgen -run '^$$' -bench Pipeline -benchmem -count=1 -timeout 30m

## interop: redocly lint, oapi-codegen and ogen on the corpus documents (see interop/interop.sh)
interop:
	sh interop/interop.sh $(CORPUS)/graph-docs-2021

## fuzz: run every fuzz target for FUZZTIME each (CI runs them briefly)
FUZZTIME ?= 1m
fuzz:
	@set -e; for dir in $$(grep -l '^func Fuzz' $$(git ls-files '*_test.go') | xargs -n1 dirname | sort -u); do \
	  for t in $$(grep -ho '^func Fuzz[A-Za-z0-9_]*' $$dir/*_test.go | sed 's/^func //'); do \
	    echo "fuzz ./$$dir $$t ($(FUZZTIME))"; \
	    $(GO) test ./$$dir -run '^$$' -fuzz "^$$t\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 5s; \
	  done; \
	done

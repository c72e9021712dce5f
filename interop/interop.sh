#!/bin/sh
# interop: do the tools people already run accept the OpenAPI documents
# generated from the corpus as they are? (issue 13)
#
#   redocly lint (recommended rules)    both versions; fails on any error
#   oapi-codegen -generate types,client both versions; fails if it fails;
#                                       the v1.0 client is built
#   ogen                                v1.0; reported, never fails the run
#
# Usage: interop/interop.sh CORPUS_DIR [WORK_DIR]
# Tools are pinned below; redocly is installed with npm into .cache/interop
# (gitignored). Needs go, npm (Node 20+) and python3.
set -eu

REDOCLY_VERSION=2.77.0
OAPI_CODEGEN=github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen@v2.8.2
OAPI_RUNTIME=github.com/oapi-codegen/runtime@v1.9.0
OGEN=github.com/ogen-go/ogen/cmd/ogen@v1.24.0

corpus=$(cd "${1:?usage: interop.sh CORPUS_DIR [WORK_DIR]}" && pwd)
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${2:-$repo/.cache/interop/run}
cache=$repo/.cache/interop
rm -rf "$work"
mkdir -p "$work" "$cache"
status=0
timed() { # timed LABEL CMD...: run, print wall time and peak memory when /usr/bin/time exists
	label=$1; shift
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f "$label: %e s wall, %M KB peak" "$@"
	else
		"$@"
	fi
}

echo "== generate"
(cd "$repo" && go run ./cmd/graphsdkgen generate -q -go-out "$work/go" -go-module example.com/sdk -openapi-out "$work/specs" "$corpus") >"$work/generate.log" 2>&1 || { tail "$work/generate.log"; exit 1; }

echo "== redocly lint (@redocly/cli $REDOCLY_VERSION)"
redocly=$cache/node_modules/.bin/redocly
if [ "$("$redocly" --version 2>/dev/null || true)" != "$REDOCLY_VERSION" ]; then
	npm install --silent --no-audit --no-fund --prefix "$cache" "@redocly/cli@$REDOCLY_VERSION"
fi
for v in v1.0 beta; do
	"$redocly" lint --max-problems=100000 --format=json "$work/specs/$v/openapi.yaml" >"$work/redocly-$v.json" 2>/dev/null || true
	python3 "$repo/interop/redocly_summary.py" "$v" "$work/redocly-$v.json" || status=1
done

echo "== oapi-codegen ($OAPI_CODEGEN)"
for v in v1.0 beta; do
	d=$work/oapi-codegen-$v
	mkdir -p "$d"
	if timed "oapi-codegen $v" go run "$OAPI_CODEGEN" -generate types,client -package sdk -o "$d/sdk.go" "$work/specs/$v/openapi.yaml" >"$d/log" 2>&1; then
		echo "$v: generated $(wc -l <"$d/sdk.go") lines"
	else
		echo "$v: FAILED: $(grep -v '^go: downloading' "$d/log" | tail -3)"; status=1
	fi
done
d=$work/oapi-codegen-v1.0
if [ -s "$d/sdk.go" ]; then
	if (cd "$d" && printf 'module example.com/oapiv1\n\ngo 1.24\n' >go.mod && go get "$OAPI_RUNTIME" >/dev/null 2>&1 &&
		timed "go build (oapi-codegen v1.0 client)" go build ./... >build.log 2>&1); then
		tail -1 "$d/build.log"
	else
		echo "v1.0 client does not build:"; tail -5 "$d/build.log"; status=1
	fi
fi

echo "== ogen ($OGEN), reported only"
d=$work/ogen-v1.0
if go run "$OGEN" --target "$d" --package sdk --clean "$work/specs/v1.0/openapi.yaml" >"$work/ogen-v1.0.log" 2>&1; then
	echo "v1.0: generated"
else
	echo "v1.0: ogen cannot: $(grep -v '^go: downloading' "$work/ogen-v1.0.log" | grep -iE 'not implemented|error|failed|overflow' | head -3)"
fi
exit $status

#!/bin/sh
# interop: do the tools people already run accept the OpenAPI documents
# generated from the corpus as they are? (issue 13)
#
# Stages (INTEROP_STAGES, space separated; default: all four):
#   redocly       @redocly/cli lint, recommended rules, v1.0 and beta; errors
#                 and warnings by rule; fails on any error
#   oapi-codegen  oapi-codegen -generate types,client, v1.0 and beta, on the
#                 documents unmodified; fails if it fails on either
#   build         go build of the v1.0 client oapi-codegen generates (the
#                 client package compiled afresh, the packages it imports
#                 built first and untimed): wall time, CPU time, peak RSS
#                 (of the largest process: the compiler); fails if it
#                 does not build
#   ogen          ogen on v1.0 and beta: what it generates, or its first error
#                 lines; reported only, never fails the run
#
# Usage: interop/interop.sh ERA_DIR     e.g. ../shared/corpus/graph-docs-2021
# Environment:
#   INTEROP_STAGES  stages to run (e.g. "redocly oapi-codegen")
#   INTEROP_SPECS   use the documents in this dir (<v>/openapi.{yaml,json}) instead
#                   of generating them from ERA_DIR
#   INTEROP_WORK    work dir, emptied first (default /tmp/graphsdkgen-interop)
#   INTEROP_CACHE   where npm installs @redocly/cli (default
#                   ${XDG_CACHE_HOME:-$HOME/.cache}/graphsdkgen-interop); never
#                   inside the repository
# Tools are pinned below. Needs go, npm (Node 20+) and python3; GNU
# /usr/bin/time for CPU time and peak memory (else wall time only).
set -eu

REDOCLY_VERSION=2.77.0
OAPI_CODEGEN=github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen@v2.8.2
OAPI_RUNTIME=github.com/oapi-codegen/runtime@v1.9.0
OGEN=github.com/ogen-go/ogen/cmd/ogen@v1.24.0

stages=${INTEROP_STAGES:-redocly oapi-codegen build ogen}
for s in $stages; do
	case $s in redocly | oapi-codegen | build | ogen) ;; *)
		echo "interop: unknown stage $s (redocly, oapi-codegen, build, ogen)" >&2
		exit 2
		;;
	esac
done
want() { case " $stages " in *" $1 "*) return 0 ;; esac; return 1; }

repo=$(cd "$(dirname "$0")/.." && pwd)
work=${INTEROP_WORK:-${TMPDIR:-/tmp}/graphsdkgen-interop}
cache=${INTEROP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/graphsdkgen-interop}
case $cache/ in "$repo"/*)
	echo "interop: INTEROP_CACHE must be outside the repository" >&2
	exit 2
	;;
esac
case $work in / | "$repo" | "$repo"/* | "$HOME")
	echo "interop: INTEROP_WORK ($work) is emptied first: give a dir of its own outside the repository" >&2
	exit 2
	;;
esac
rm -rf "$work"
mkdir -p "$work" "$cache"
status=0
now() { date +%s; }
t_all=$(now)

# timed LABEL LOG CMD...: runs CMD with its output in LOG, then prints LABEL
# with the wall time and, with GNU time, the CPU time (user + system) and the
# peak RSS (of the largest process of the command's tree). Returns CMD's status.
timed() {
	label=$1 log=$2
	shift 2
	_t0=$(now)
	if [ -x /usr/bin/time ]; then
		rc=0
		/usr/bin/time -o "$log.time" -f '%e %U %S %M' "$@" >"$log" 2>&1 || rc=$?
		# GNU time writes "Command exited with non-zero status N" first
		read -r wall user sys kb <<-EOF || true
			$(tail -1 "$log.time")
		EOF
		awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v k="$kb" 'BEGIN {
			printf "%s: %.1f s wall, %.1f s CPU (%.1f user + %.1f sys), %.0f MB peak RSS\n", l, w, u + s, u, s, k / 1024 }'
		return $rc
	fi
	rc=0
	"$@" >"$log" 2>&1 || rc=$?
	echo "$label: $(($(now) - _t0)) s wall"
	return $rc
}
# errlines LOG [N]: the first N (default 5) lines of LOG that are not blank,
# go's download chatter, ogen's INFO/WARN/DEBUG log lines or the boxed
# notices of node tools.
errlines() {
	grep -v -e '^go: \(downloading\|finding\|extracting\)' -e '^\(INFO\|WARN\|DEBUG\)	' -e '^[[:space:]]*$' -e '[╔║╚]' "$1" |
		head -"${2:-5}" | sed 's/^/    /'
}

if [ -n "${INTEROP_SPECS:-}" ]; then
	specs=$(cd "$INTEROP_SPECS" && pwd)
	echo "== documents: $specs"
else
	era=$(cd "${1:?usage: interop.sh ERA_DIR (e.g. ../shared/corpus/graph-docs-2021)}" && pwd)
	specs=$work/specs
	echo "== generate from $era"
	t0=$(now)
	# generate exits 1 when the docs give error diagnostics, having written
	# everything else; it failed only when the documents are missing.
	(cd "$repo" && go run ./cmd/graphsdkgen generate -go-out "$work/go" -go-module example.com/sdk -openapi-out "$specs" "$era") >"$work/generate.log" 2>&1 || true
	for v in v1.0 beta; do
		if [ ! -s "$specs/$v/openapi.yaml" ]; then
			echo "generate wrote no $v document:"
			tail -5 "$work/generate.log"
			exit 1
		fi
	done
	echo "generate: $(($(now) - t0)) s"
fi
for v in v1.0 beta; do
	python3 - "$v" "$specs/$v/openapi.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[2]))
ops = sum(1 for p in d["paths"].values() for m in p if m in ("get", "put", "post", "delete", "patch", "head", "options", "trace"))
print(f"{sys.argv[1]}: {len(d['paths'])} paths, {ops} operations, {len(d['components']['schemas'])} schemas")
EOF
done

if want redocly; then
	echo "== redocly lint (@redocly/cli $REDOCLY_VERSION, recommended rules)"
	t0=$(now)
	redocly=$cache/node_modules/.bin/redocly
	export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1
	if [ "$("$redocly" --version 2>/dev/null || true)" != "$REDOCLY_VERSION" ]; then
		npm install --silent --no-audit --no-fund --prefix "$cache" "@redocly/cli@$REDOCLY_VERSION" >"$work/npm.log" 2>&1 || {
			echo "npm install @redocly/cli@$REDOCLY_VERSION failed:"
			tail -5 "$work/npm.log"
			exit 1
		}
	fi
	printf 'extends:\n  - recommended\n' >"$work/redocly.yaml"
	for v in v1.0 beta; do
		# lint exits 1 on errors; the summary decides. The beta document
		# needs more than node's default heap.
		timed "redocly lint $v" "$work/redocly-$v.log" sh -c 'out=$1; shift; exec "$@" >"$out"' sh "$work/redocly-$v.json" \
			env NODE_OPTIONS="${NODE_OPTIONS:---max-old-space-size=6144}" \
			"$redocly" lint --config "$work/redocly.yaml" --max-problems=1000000 --format=json \
			"$specs/$v/openapi.yaml" || true
		python3 "$repo/interop/redocly_summary.py" "$v" "$work/redocly-$v.json" || {
			status=1
			errlines "$work/redocly-$v.log"
		}
	done
	echo "redocly: $(($(now) - t0)) s"
fi

# oapigen V: oapi-codegen on the V document, into $work/oapi-codegen-V/sdk.go.
oapigen() {
	d=$work/oapi-codegen-$1
	mkdir -p "$d"
	if timed "oapi-codegen $1" "$d/log" go run "$OAPI_CODEGEN" -generate types,client -package sdk -o "$d/sdk.go" "$specs/$1/openapi.yaml"; then
		echo "  $1: generated $(wc -l <"$d/sdk.go") lines, $(grep -c '^func ' "$d/sdk.go") funcs, $(grep -c '^type ' "$d/sdk.go") types"
	else
		echo "  $1: FAILED:"
		errlines "$d/log"
		status=1
	fi
}
if want oapi-codegen; then
	echo "== oapi-codegen ($OAPI_CODEGEN)"
	t0=$(now)
	for v in v1.0 beta; do oapigen "$v"; done
	echo "oapi-codegen: $(($(now) - t0)) s"
fi

if want build; then
	echo "== go build of the v1.0 client oapi-codegen generates"
	t0=$(now)
	d=$work/oapi-codegen-v1.0
	[ -s "$d/sdk.go" ] || oapigen v1.0
	if [ -s "$d/sdk.go" ]; then
		# The packages the client imports are built first, untimed; a line
		# naming this run makes the client's own compilation miss the build
		# cache, so the figure is that of compiling the client afresh.
		echo "// interop run $(date -u +%Y-%m-%dT%H:%M:%SZ) $$" >>"$d/sdk.go"
		if (cd "$d" && printf 'module example.com/oapiv1\n\ngo 1.24\n' >go.mod &&
			go get "$OAPI_RUNTIME" >get.log 2>&1 && go mod tidy >>get.log 2>&1 &&
			go build $(go list -f '{{join .Imports " "}}' .) >>get.log 2>&1); then
			if (cd "$d" && timed "go build (oapi-codegen v1.0 client, $(go version | cut -d' ' -f3))" build.log go build -o /dev/null .); then :; else
				echo "  v1.0 client does not build:"
				errlines "$d/build.log" 10
				status=1
			fi
		else
			echo "  v1.0 client: cannot fetch its dependencies:"
			errlines "$d/get.log"
			status=1
		fi
	else
		echo "  no v1.0 client to build"
		status=1
	fi
	echo "build: $(($(now) - t0)) s"
fi

if want ogen; then
	echo "== ogen ($OGEN), reported only"
	t0=$(now)
	# A second pass skips what ogen has not implemented (ignore_not_implemented:
	# all), to show what it generates from the rest.
	printf 'generator:\n  ignore_not_implemented: ["all"]\n' >"$work/ogen-skip.yml"
	for v in v1.0 beta; do
		for mode in strict skip; do
			# the second pass only when the first failed
			[ $mode = skip ] && [ -f "$work/ogen-$v-strict/oas_client_gen.go" ] && break
			d=$work/ogen-$v-$mode
			cfg=
			[ $mode = skip ] && cfg="--config $work/ogen-skip.yml"
			# shellcheck disable=SC2086 # cfg is two words or none
			if timed "ogen $v ($mode)" "$d.log" go run "$OGEN" $cfg --target "$d" --package sdk --clean "$specs/$v/openapi.yaml"; then
				echo "  $v ($mode): generated $(ls "$d" | wc -l) files, $(cat "$d"/*.go | wc -l) lines; $(grep -c '^func (c \*Client) [A-Z]' "$d/oas_client_gen.go" 2>/dev/null || echo 0) client operations"
				echo "  $v ($mode): ogen's warnings and notes, by message:"
				grep '^\(WARN\|INFO\)	' "$d.log" | sed 's/	{.*//' | sort | uniq -c | sort -rn | head -10 | sed 's/^/    /'
				if [ $mode = skip ]; then
					n=$(grep -c '	Skipping operation	' "$d.log" || true)
					echo "  $v ($mode): $n operations skipped; what ogen skipped (operations, media, ...) by reason:"
					grep '	Skipping ' "$d.log" | sed 's/.*"reason_error": *"\(.*\)"}$/\1/' |
						sort | uniq -c | sort -rn | head -10 | sed 's/^/    /'
				fi
			else
				echo "  $v ($mode): ogen refuses it; first error lines:"
				errlines "$d.log" 12
			fi
		done
	done
	echo "ogen: $(($(now) - t0)) s"
fi

echo "== interop: $(($(now) - t_all)) s; stages: $stages; $([ $status = 0 ] && echo ok || echo FAILED)"
exit $status

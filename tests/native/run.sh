#!/usr/bin/env bash
# The native publish (what `dotnet publish src/NarrativeLint.Cli` makes: Native AOT) against the JIT build, run by
# .ci/run after `dotnet test`: the demo's reports and the other commands' output byte for byte with the same exit
# codes, warm cache reports equal to cold ones, and the language server under the Node LSP client suite
# (tests/lsp-client, whose packages .ci/run installs first) and Neovim's client. Needs clang, to link.
# usage: tests/native/run.sh [NATIVE_EXECUTABLE]   (default: publish one into src/NarrativeLint.Cli/bin/Native/)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
NATIVE=${1:+$(realpath "$1")}
if [ -z "$NATIVE" ]; then
  # Into the checkout, where a developer's publish goes: the server finds the diagnostics' docs pages from there.
  dotnet publish "$ROOT/src/NarrativeLint.Cli" -c Release --nologo -v quiet >/dev/null
  NATIVE=$ROOT/src/NarrativeLint.Cli/bin/Native/NarrativeLint.Cli
fi
dotnet build "$ROOT/src/NarrativeLint.Cli" -c Release --nologo -v quiet >/dev/null
JIT=(dotnet "$ROOT/src/NarrativeLint.Cli/bin/Release/net10.0/NarrativeLint.Cli.dll")
cp -r "$ROOT/samples" "$ROOT/rules" "$WORK/"
cd "$WORK"
passed=0 failed=0
# Runs ARGS with both builds, each in a fresh copy of the demo in the same folder (SARIF names it), and compares
# standard output and exit code.
same() {
  local build
  for build in native jit; do
    rm -rf "$WORK/run" && mkdir "$WORK/run" && cp -r "$WORK/samples" "$WORK/rules" "$WORK/run/"
    local exe=("$NATIVE")
    [ $build = jit ] && exe=("${JIT[@]}")
    (cd "$WORK/run" && set +e; "${exe[@]}" "$@" > "$WORK/$build.out" 2> "$WORK/$build.err"; echo $? > "$WORK/$build.rc")
  done
  if cmp -s "$WORK/native.out" "$WORK/jit.out" && cmp -s "$WORK/native.rc" "$WORK/jit.rc"; then
    passed=$((passed + 1)); echo "same: $*"
  else
    failed=$((failed + 1)); echo "DIFFERENT: $* (exit $(cat "$WORK/native.rc") native, $(cat "$WORK/jit.rc") JIT)"
    diff "$WORK/native.out" "$WORK/jit.out" | head -n 20 || true
    head -n 20 "$WORK/native.err"
  fi
}
for format in text json sarif github markdown; do same check samples --format "$format" --no-color; done
same check samples --ui-language it --no-color
same check samples --ui-language de --format sarif
same check samples --severity NL4001=error --fail-on warning --no-color
same check samples --history --format json
same suppressions samples --format json
same annotate samples/blog/2025-09-01-support.md
same languages
same rules --ui-language ro
same explain NL1001 --ui-language fr
same init
same --help
# The cache: a warm run after an edit reports what a run without the cache does.
mkdir -p "$WORK/warm" && cp -r "$WORK/samples" "$WORK/rules" "$WORK/warm/" && cd "$WORK/warm"
"$NATIVE" check samples --format json --cache "$WORK/cache" --output cold.json --fail-on none --quiet
printf '\nWe answer within 3 business days.\n' >> samples/blog/2025-09-01-support.md
"$NATIVE" check samples --format json --cache "$WORK/cache" --output warm.json --fail-on none --quiet
"$NATIVE" check samples --format json --output nocache.json --fail-on none --quiet
if cmp -s warm.json nocache.json && ! cmp -s cold.json warm.json; then
  passed=$((passed + 1)); echo "same: warm cache after an edit and no cache"
else
  failed=$((failed + 1)); echo "DIFFERENT: warm cache after an edit and no cache"
fi
cd "$ROOT/tests/lsp-client"
if NARRATIVELINT_CLI=$NATIVE node --test --test-concurrency=1 lsp.test.js; then
  passed=$((passed + 1)); echo "same: the LSP client suite on the native build"
else
  failed=$((failed + 1)); echo "DIFFERENT: the LSP client suite failed on the native build"
fi
if NARRATIVELINT_CLI=$NATIVE bash nvim/run_nvim_test.sh; then
  passed=$((passed + 1)); echo "same: Neovim's client on the native build"
else
  failed=$((failed + 1)); echo "DIFFERENT: Neovim's client failed on the native build"
fi
echo "native build: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

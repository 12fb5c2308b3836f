#!/usr/bin/env bash
# The language server benchmark (bench/lsp/lsp-bench.js) on the corpus, against the Release build of the CLI,
# or with --ready-to-run against a ReadyToRun publish of it (less JIT at start-up). With --starts N it only
# starts the server N times and reports process start → first diagnostics (min, median, p90) and the load average;
# --memory-edits N makes the memory run N edits instead of 10,000.
#   bench/lsp/run.sh [--ready-to-run] [--starts N | --memory-edits N] [CORPUS]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
ready_to_run=false
if [ "${1:-}" = "--ready-to-run" ]; then ready_to_run=true; shift; fi
starts=()
if [ "${1:-}" = "--starts" ]; then starts=(--starts "$2"); shift 2; fi
if [ "${1:-}" = "--memory-edits" ]; then starts=(--memory-edits "$2"); shift 2; fi
corpus="${1:-$repo/../shared/corpus/opentelemetry-io}"
if $ready_to_run; then
  out="$(mktemp -d)"
  dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true --nologo -v q -o "$out" "$repo/src/NarrativeLint.Cli" >/dev/null
  dll="$out/NarrativeLint.Cli.dll"
else
  dotnet build -c Release --nologo -v q "$repo/src/NarrativeLint.Cli" >/dev/null
  dll="$repo/src/NarrativeLint.Cli/bin/Release/net10.0/NarrativeLint.Cli.dll"
fi
(cd "$repo/tests/lsp-client" && { [ -d node_modules ] || npm ci --no-audit --no-fund; })
NARRATIVELINT_CLI_DLL="$dll" node "$repo/bench/lsp/lsp-bench.js" "${starts[@]}" "$(cd "$corpus" && pwd)"

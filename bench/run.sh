#!/usr/bin/env bash
# Whole-process timing of `narrativelint check` beside textlint + prh (the tool users pick today) on the
# opentelemetry.io corpus, both with the same terminology dictionary (prh.yml, converted for NarrativeLint by
# prh_to_registry.py). One warm-up run, then RUNS counted runs of each; prints medians and the ratio.
# usage: bench/run.sh [CORPUS_DIR]   (default ../shared/corpus/opentelemetry-io); RUNS=3 by default.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
CORPUS=${1:-$SHARED/corpus/opentelemetry-io}
RUNS=${RUNS:-3}
WORK=${WORK:-/tmp/narrativelint-bench}
NODE_DIR=$WORK/node
mkdir -p "$WORK"

if [ ! -x "$NODE_DIR/node_modules/.bin/textlint" ]; then
  mkdir -p "$NODE_DIR"
  (cd "$NODE_DIR" && npm init -y >/dev/null && npm install --silent textlint@15.8.0 textlint-rule-prh@6.1.0 >/dev/null)
fi
dotnet build "$ROOT/src/NarrativeLint.Cli" -c Release --nologo -v quiet >/dev/null
CLI="$ROOT/src/NarrativeLint.Cli/bin/Release/net10.0/NarrativeLint.Cli.dll"
mkdir -p "$WORK/registry"
python3 "$ROOT/bench/prh_to_registry.py" "$SHARED/bench/prh.yml" "$WORK/registry/terms.yaml"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

time_runs() { # name, command...
  local name=$1; shift
  "$@" >/dev/null 2>&1 || true          # warm-up
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$WORK/$name.time" "$@" >/dev/null 2>&1 || true
    cat "$WORK/$name.time"
  done > "$WORK/$name.runs"
  awk '{print $1}' "$WORK/$name.runs" | median
}

nl=$(time_runs narrativelint dotnet "$CLI" check "$CORPUS" --registry "$WORK/registry" --format json --output "$WORK/narrativelint.json" --fail-on none)
tl=$(time_runs textlint bash -c "cd '$SHARED/bench' && '$NODE_DIR/node_modules/.bin/textlint' --config .textlintrc -f json '$CORPUS' > '$WORK/textlint.json'")
nl_rss=$(awk '{print $2}' "$WORK/narrativelint.runs" | median)
tl_rss=$(awk '{print $2}' "$WORK/textlint.runs" | median)
nl_findings=$(python3 -c "import json;print(len(json.load(open('$WORK/narrativelint.json'))['findings']))")
tl_findings=$(python3 -c "import json;print(sum(len(f['messages']) for f in json.load(open('$WORK/textlint.json'))))")
files=$(find "$CORPUS" -name '*.md' | wc -l)

echo "corpus: $CORPUS ($files Markdown files), median of $RUNS runs after a warm-up"
printf '%-14s %10s %12s %10s\n' tool "wall s" "peak MiB" findings
printf '%-14s %10s %12s %10s\n' narrativelint "$nl" "$((nl_rss / 1024))" "$nl_findings"
printf '%-14s %10s %12s %10s\n' "textlint+prh" "$tl" "$((tl_rss / 1024))" "$tl_findings"
python3 -c "print(f'speed-up: textlint+prh takes {float($tl)/float($nl):.1f}x as long as narrativelint')"

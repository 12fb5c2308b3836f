#!/usr/bin/env bash
# One run measures, as whole processes on the same corpus:
#   the floor      — read every file, Markdig parse with precise source positions, one word pass, one quantity
#                    regex, parallel over files (bench/NarrativeLint.Benchmarks `floor`);
#   narrativelint  — `check CORPUS --registry REGISTRY --format json`, every rule family, on the whole corpus and on
#                    its first half (files in path order);
#   textlint + prh — the tool users pick today (configuration in ../shared/bench), with the same dictionary
#                    (prh.yml, converted for NarrativeLint by prh_to_registry.py unless REGISTRY is given).
#   warm cache     — the same check with --cache DIR on a copy of the corpus, each run after editing one file (a
#                    page with translations), after one cold run that fills the cache.
# One warm-up run, then RUNS counted runs of each (TEXTLINT_RUNS for textlint, which takes a minute a run);
# prints the medians of wall time, CPU (user + sys), peak RSS, MB/s, and the ratios.
# NarrativeLint runs as its native publish (`dotnet publish`: Native AOT, as the README runs the tool; it needs clang),
# the floor as a ReadyToRun publish; R2R=1 runs NarrativeLint's ReadyToRun publish instead, JIT=1 the plain Release
# builds of both.
# usage: bench/run.sh [CORPUS_DIR]   (default ../shared/corpus/opentelemetry-io); RUNS=5, TEXTLINT_RUNS=3 by default;
#        REGISTRY=DIR to check with another registry (bench/otel-registry, ../shared/devset/registry).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
CORPUS=${1:-$SHARED/corpus/opentelemetry-io}
RUNS=${RUNS:-5}
TEXTLINT_RUNS=${TEXTLINT_RUNS:-3}
WORK=${WORK:-/tmp/narrativelint-bench}
NODE_DIR=$WORK/node
mkdir -p "$WORK"

if [ ! -x "$NODE_DIR/node_modules/.bin/textlint" ]; then
  mkdir -p "$NODE_DIR"
  (cd "$NODE_DIR" && npm init -y >/dev/null && npm install --silent textlint@15.8.0 textlint-rule-prh@6.1.0 >/dev/null)
fi
if [ "${JIT:-}" = 1 ]; then
  dotnet build "$ROOT/src/NarrativeLint.Cli" -c Release --nologo -v quiet >/dev/null
  dotnet build "$ROOT/bench/NarrativeLint.Benchmarks" -c Release --nologo -v quiet >/dev/null
  CLI=(dotnet "$ROOT/src/NarrativeLint.Cli/bin/Release/net10.0/NarrativeLint.Cli.dll")
  BENCH="$ROOT/bench/NarrativeLint.Benchmarks/bin/Release/net10.0/NarrativeLint.Benchmarks.dll"
else
  if [ "${R2R:-}" = 1 ]; then
    dotnet publish "$ROOT/src/NarrativeLint.Cli" -c Release -p:PublishAot=false --nologo -v quiet -o "$WORK/cli-r2r" >/dev/null
    CLI=(dotnet "$WORK/cli-r2r/NarrativeLint.Cli.dll")
  else
    dotnet publish "$ROOT/src/NarrativeLint.Cli" -c Release --nologo -v quiet -o "$WORK/cli" >/dev/null
    CLI=("$WORK/cli/NarrativeLint.Cli")
  fi
  dotnet publish "$ROOT/bench/NarrativeLint.Benchmarks" -c Release -r "$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')" --self-contained false \
    -p:PublishReadyToRun=true --nologo -v quiet -o "$WORK/bench" >/dev/null
  BENCH="$WORK/bench/NarrativeLint.Benchmarks.dll"
fi
if [ -z "${REGISTRY:-}" ]; then
  REGISTRY=$WORK/registry
  mkdir -p "$REGISTRY"
  python3 "$ROOT/bench/prh_to_registry.py" "$SHARED/bench/prh.yml" "$REGISTRY/terms.yaml"
fi
# The first half of the corpus's files, in path order, as arguments.
mapfile -t HALF < <(find "$CORPUS" -type f \( -name '*.md' -o -name '*.txt' \) | LC_ALL=C sort | awk 'NR % 2 == 1')

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

time_runs() { # name, runs, command...: one warm-up, then one line "wall cpu rss_kib" per run
  local name=$1 runs=$2; shift 2
  "$@" >/dev/null 2>&1 || true
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/$name.time" "$@" >/dev/null 2>&1 || true
    # The last line: a command that exits non-zero (textlint with findings) gets a "Command exited" line first.
    tail -n 1 "$WORK/$name.time" | awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}'
  done > "$WORK/$name.runs"
}
column_median() { awk -v c="$2" '{print $c}' "$WORK/$1.runs" | median; }

time_runs floor "$RUNS" dotnet "$BENCH" floor "$CORPUS"
time_runs narrativelint "$RUNS" "${CLI[@]}" check "$CORPUS" --registry "$REGISTRY" --format json --output "$WORK/narrativelint.json" --fail-on none --quiet
time_runs narrativelint-half "$RUNS" "${CLI[@]}" check "${HALF[@]}" --registry "$REGISTRY" --format json --output "$WORK/narrativelint-half.json" --fail-on none --quiet
# Warm cache: a copy of the corpus, one cold run to fill the cache, then each run after editing one page.
rm -rf "$WORK/corpus-copy" "$WORK/cache"
cp -r "$CORPUS" "$WORK/corpus-copy"
EDITED=$(find "$WORK/corpus-copy" -path '*/en/docs/what-is-opentelemetry.md' | head -n 1)
[ -n "$EDITED" ] || EDITED=$(find "$WORK/corpus-copy" -type f -name '*.md' | LC_ALL=C sort | head -n 1)
WARM=("${CLI[@]}" check "$WORK/corpus-copy" --registry "$REGISTRY" --format json --output "$WORK/narrativelint-warm.json" --fail-on none --quiet --cache "$WORK/cache")
"${WARM[@]}" >/dev/null 2>&1 || true
for i in $(seq "$RUNS"); do
  printf '\nEdited before warm run %s: 24 hours.\n' "$i" >> "$EDITED"
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/warm.time" "${WARM[@]}" >/dev/null 2>&1 || true
  tail -n 1 "$WORK/warm.time" | awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}'
done > "$WORK/warm.runs"
"${CLI[@]}" check "$WORK/corpus-copy" --registry "$REGISTRY" --format json --output "$WORK/narrativelint-nocache.json" --fail-on none --quiet >/dev/null 2>&1 || true
cmp -s "$WORK/narrativelint-warm.json" "$WORK/narrativelint-nocache.json" && warm_same=yes || warm_same=NO

time_runs textlint "$TEXTLINT_RUNS" bash -c "cd '$SHARED/bench' && '$NODE_DIR/node_modules/.bin/textlint' --config .textlintrc -f json '$CORPUS' > '$WORK/textlint.json'"

bytes=$(find "$CORPUS" -type f \( -name '*.md' -o -name '*.txt' \) -print0 | xargs -0 cat | wc -c)
half_bytes=$(cat "${HALF[@]}" | wc -c)
files=$(find "$CORPUS" -type f \( -name '*.md' -o -name '*.txt' \) | wc -l)
nl_findings=$(python3 -c "import json;print(len(json.load(open('$WORK/narrativelint.json'))['findings']))")
tl_findings=$(python3 -c "import json;print(sum(len(f['messages']) for f in json.load(open('$WORK/textlint.json'))))")

echo "corpus: $CORPUS ($files files, $bytes bytes); registry: $REGISTRY"
echo "medians of $RUNS runs (textlint: $TEXTLINT_RUNS) after a warm-up; $(nproc) cores; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %8s %8s %10s %8s %10s\n' run "wall s" "CPU s" "peak MiB" "MB/s" findings
row() { # name, label, findings, bytes
  local wall cpu rss
  wall=$(column_median "$1" 1); cpu=$(column_median "$1" 2); rss=$(column_median "$1" 3)
  printf '%-22s %8s %8s %10s %8.2f %10s\n' "$2" "$wall" "$cpu" "$((${rss%.*} / 1024))" "$(python3 -c "print(${4:-$bytes} / 1e6 / $wall)")" "$3"
}
row floor floor -
row narrativelint narrativelint "$nl_findings"
row narrativelint-half "narrativelint (half)" "$(python3 -c "import json;print(len(json.load(open('$WORK/narrativelint-half.json'))['findings']))")" "$half_bytes"
row textlint "textlint + prh" "$tl_findings"
printf '%-22s %8s %8s %10s   (one file edited before each run; report equals the run without the cache: %s)\n' "warm cache" \
  "$(column_median warm 1)" "$(column_median warm 2)" "$(($(column_median warm 3 | cut -d. -f1) / 1024))" "$warm_same"
python3 - "$(column_median narrativelint 1)" "$(column_median narrativelint 2)" "$(column_median floor 1)" "$(column_median floor 2)" \
  "$(column_median textlint 1)" "$(column_median narrativelint-half 1)" <<'EOF'
import sys
nl, nl_cpu, floor, floor_cpu, tl, half = map(float, sys.argv[1:])
print(f"narrativelint over the floor: {nl / floor:.1f}x wall, {nl_cpu / floor_cpu:.1f}x CPU (target <= 3x)")
print(f"textlint + prh over narrativelint: {tl / nl:.1f}x wall (target >= 20x)")
print(f"whole corpus over half: {nl / half:.2f}x wall")
EOF
echo "(each run's wall, CPU and peak KiB are in $WORK/*.runs)"

#!/usr/bin/env bash
# Check every labelled set with one build and score it: writes OUT/SET.sarif and OUT/SET.txt (score.py's report) and
# prints one line per set: overall, NL1 and NL2 precision / recall and the hard-negative lines hit.
# usage: eval/run.sh OUT_DIR [SET ...]   (sets: devset and the folders of eval/; default every one)
#        run from inside the checkout to score; CLI="dotnet path/NarrativeLint.Cli.dll" to score another build (default: a Release build of this checkout).
set -euo pipefail
# The checkout is the one the command is run in (a worktree runs its own build, whichever copy of this script it calls).
ROOT=$(git rev-parse --show-toplevel 2>/dev/null || (cd "$(dirname "$0")/.." && pwd))
SHARED=${SHARED:-$ROOT/../shared}
OUT=${1:?usage: eval/run.sh OUT_DIR [SET ...]}; shift
mkdir -p "$OUT"
if [ -z "${CLI:-}" ]; then
  dotnet build "$ROOT/src/NarrativeLint.Cli" -c Release --nologo -v quiet >/dev/null
  CLI="dotnet $ROOT/src/NarrativeLint.Cli/bin/Release/net10.0/NarrativeLint.Cli.dll"
fi
if [ $# -eq 0 ]; then set -- devset $(cd "$ROOT/eval" && ls -d */ | tr -d /); fi
for set in "$@"; do
  if [ "$set" = devset ]; then dir=$SHARED/devset; else dir=$ROOT/eval/$set; fi
  $CLI check "$dir/content" --registry "$dir/registry" --format sarif --output "$OUT/$set.sarif" >/dev/null 2>&1 || true
  python3 "$SHARED/devset/score.py" "$dir" "$OUT/$set.sarif" > "$OUT/$set.txt" || true
  python3 - "$set" "$OUT/$set.txt" <<'PY'
import re, sys
text = open(sys.argv[2], encoding='utf-8').read()
def row(label):
    m = re.search(r'^' + label + r'\s+\d+\s+\d+\s+\d+\s+([\d.]+)\s+([\d.]+)', text, re.M)
    return f"{m.group(1)}/{m.group(2)}" if m else "-"
hn = re.search(r'on (\d+) of (\d+) negative line', text)
print(f"{sys.argv[1]:12} all {row('overall'):12} NL1 {row('NL1'):12} NL2 {row('NL2'):12} HN {hn.group(1)+'/'+hn.group(2) if hn else '-'}")
PY
done


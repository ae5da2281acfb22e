#!/usr/bin/env bash
# Scores the appeal stripper on several labelled JSONL sets, one line per set (and, with several, a
# last line for all of them pooled):
#   F1 | appeal documents >= 95% removed | article characters cut from hard negatives | appeal-free untouched
# Usage: dev/appeals/score_sets.sh [-m line-model.json] [-o 'option: value' ...] SET.jsonl ...
#   -m   name a line scorer (pipe train appeals) instead of the bundled one
#   -o   extra appeal-stripper options, one YAML 'key: value' each (e.g. -o 'scorer-pitches: 0' -o 'veto: 0')
# Needs a release build: swift build -c release --product pipe. Outputs and per-document --verbose
# scores are kept in $SCORE_DIR (default: a new temporary folder, printed at the end).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
pipe="$root/.build/release/pipe"
[ -x "$pipe" ] || { echo "no $pipe: run swift build -c release --product pipe" >&2; exit 1; }
model="" options=()
while getopts "m:o:" flag; do
  case $flag in
    m) model=$(cd "$(dirname "$OPTARG")" && pwd)/$(basename "$OPTARG") ;;
    o) options+=("$OPTARG") ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || { echo "usage: $0 [-m model.json] [-o 'key: value' ...] SET.jsonl ..." >&2; exit 2; }
out="${SCORE_DIR:-$(mktemp -d)}"
mkdir -p "$out"
{
  echo "pipeline:"
  echo "  - stage: appeal-stripper"
  echo "    options:"
  echo "      mode: strip"
  [ -n "$model" ] && echo "      line-model: $model"
  for option in ${options[@]+"${options[@]}"}; do echo "      $option"; done
} > "$out/pipeline.yaml"
# One line of scores: LABEL, then F1 | appeal documents cleaned | article characters | untouched from SCORES.
summary() {
  printf "%-32s %s\n" "$1" "$(grep -E '^(char F1|appeal docs|article chars|appeal-free)' "$2" \
    | sed -E 's/ *target.*//; s/^[^:]*: //; s/ \(precision [0-9.]+, recall [0-9.]+\)//' | paste -sd'|')"
}
for set in "$@"; do
  name=$(basename "$set" .jsonl)
  "$pipe" run "$out/pipeline.yaml" "$set" -o "$out/$name.out.jsonl" --quiet
  python3 "$root/dev/appeals/score_appeals.py" "$set" "$out/$name.out.jsonl" --verbose > "$out/$name.score.txt"
  summary "$name" "$out/$name.score.txt"
done
# With several sets, all of them pooled (ids made unique by the set's name), as cross_validate.sh does.
if [ $# -gt 1 ]; then
  : > "$out/all.gold.jsonl"; : > "$out/all.predicted.jsonl"
  for set in "$@"; do
    name=$(basename "$set" .jsonl)
    python3 "$root/dev/appeals/pool_sets.py" "$set" "$out/$name.out.jsonl" "$name" "$out/all.gold.jsonl" "$out/all.predicted.jsonl"
  done
  python3 "$root/dev/appeals/score_appeals.py" "$out/all.gold.jsonl" "$out/all.predicted.jsonl" > "$out/all.score.txt"
  summary "(all sets pooled)" "$out/all.score.txt"
fi
echo "(outputs and per-document scores in $out)"

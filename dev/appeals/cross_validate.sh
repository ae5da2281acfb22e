#!/usr/bin/env bash
# Leave-one-fold-out check of the appeal stripper with its line scorer: for each fold, trains the
# scorer on the bundled training files without the fold's paraphrase batches, runs the stripper
# with that scorer on the fold's labelled sets (the real pages those batches paraphrase), and
# scores all folds together, so every set is judged by a scorer that never saw it or its
# paraphrase. Use it to choose `veto`, `scorer-pitches` or scorer features on real pages.
# Usage: dev/appeals/cross_validate.sh FOLDS [-o 'option: value' ...]
#   FOLDS: one fold per line, "BATCHES: SET.jsonl ...", e.g.
#     55 56 57: /data/real-p34.jsonl /data/real-p35.jsonl
#   (BATCHES: the numbers N of Tests/AppealStrippingTests/Fixtures/unseen-batchN*.jsonl to leave out)
#   -o: extra appeal-stripper options, as for score_sets.sh
# TRAIN_OPTIONS: extra `pipe train appeals` options for every fold's scorer (e.g. '--seed 8', to see
# how much a result moves with the order the training units are read in).
# Prints score_appeals.py's totals over all folds' sets. Needs a release build
# (swift build -c release --product pipe); keeps models and outputs in $CV_DIR (default: a new
# temporary folder, printed at the end).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
pipe="$root/.build/release/pipe"
[ -x "$pipe" ] || { echo "no $pipe: run swift build -c release --product pipe" >&2; exit 1; }
[ $# -ge 1 ] && [ -f "$1" ] || { echo "usage: $0 FOLDS [-o 'key: value' ...]" >&2; exit 2; }
folds="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
fixtures="$root/Tests/AppealStrippingTests/Fixtures"
out="${CV_DIR:-$(mktemp -d)}"
mkdir -p "$out"
: > "$out/gold.jsonl"
: > "$out/predicted.jsonl"
k=0
while IFS= read -r line; do
  [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
  k=$((k + 1))
  batches="${line%%:*}" sets="${line#*:}"
  fold="$out/fold$k"
  mkdir -p "$fold/data"
  for file in "$fixtures"/unseen-batch*.jsonl; do
    number=$(basename "$file" | sed -E 's/^unseen-batch([0-9]+).*/\1/')
    [[ " $batches " == *" $number "* ]] || ln -sf "$file" "$fold/data/"
  done
  (cd "$root" && "$pipe" train appeals --data "$fixtures/appeals*.jsonl" --data "$fold/data/unseen-batch*.jsonl" \
    --data 'dev/appeals/probes/*.jsonl' -o "$fold/model.json" ${TRAIN_OPTIONS:-} > "$fold/train.log")
  # shellcheck disable=SC2086
  SCORE_DIR="$fold" "$root/dev/appeals/score_sets.sh" -m "$fold/model.json" "$@" $sets > "$fold/sets.txt"
  for set in $sets; do
    name=$(basename "$set" .jsonl)
    # Ids are made unique across sets by the set's name.
    python3 "$root/dev/appeals/pool_sets.py" "$set" "$fold/$name.out.jsonl" "$name" "$out/gold.jsonl" "$out/predicted.jsonl"
  done
  echo "fold $k (without batches $batches): $(grep -vc "^(outputs" "$fold/sets.txt") sets scored" >&2
done < "$folds"
python3 "$root/dev/appeals/score_appeals.py" "$out/gold.jsonl" "$out/predicted.jsonl"
echo "(models, outputs and per-set scores in $out)"

#!/usr/bin/env python3
"""Appends one scored set to pooled gold and prediction files, its ids made unique by the set's name
(used by score_sets.sh and cross_validate.sh to score several sets together).

    python3 dev/appeals/pool_sets.py SET.jsonl SET.out.jsonl NAME all.gold.jsonl all.predicted.jsonl
"""
import json
import sys


def main(argv):
    source, output, name, gold, predicted = argv
    for path, target in ((source, gold), (output, predicted)):
        with open(path, encoding="utf-8") as f, open(target, "a", encoding="utf-8") as out:
            for line in f:
                record = json.loads(line)
                record["id"] = name + "/" + record["id"]
                out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])

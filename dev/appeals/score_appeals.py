#!/usr/bin/env python3
"""Scores appeal-stripper output against the development set's gold spans.

    swift build --product pipe
    .build/debug/pipe run pipelines/strip-appeals.yaml Tests/AppealStrippingTests/Fixtures/appeals-dev.jsonl \
        -o /tmp/appeals-out.jsonl
    python3 dev/appeals/score_appeals.py Tests/AppealStrippingTests/Fixtures/appeals-dev.jsonl \
        /tmp/appeals-out.jsonl [--verbose]

Metrics (characters are non-whitespace code points of the ORIGINAL text; predictions are the
`removed` records, whose offsets point into the original):
  - F1 of removed text against gold spans (appeals and repeated chrome), micro-averaged;
  - share of documents with gold spans that have >= 95% of their gold characters removed;
  - characters of article text removed from hard negatives (articles about donations);
  - share of appeal-free documents (hard negatives and plain articles) left untouched.
Targets: F1 >= 0.95, >= 95%, <= 100 characters, >= 97%.
"""
import json
import sys


def char_set(text, spans):
    chars = set()
    for s in spans:
        for i in range(s["start"], min(s["end"], len(text))):
            if not text[i].isspace():
                chars.add(i)
    return chars


def main(argv):
    verbose = "--verbose" in argv
    args = [a for a in argv if not a.startswith("--")]
    gold_docs = {}
    for line in open(args[0], encoding="utf-8"):
        d = json.loads(line)
        gold_docs[d["id"]] = d
    predicted = {}
    for line in open(args[1], encoding="utf-8"):
        d = json.loads(line)
        predicted[d["id"]] = d.get("removed", [])
    tp = fp = fn = 0
    appeal_docs = appeal_ok = 0
    negative_removed = 0
    free_docs = free_untouched = 0
    for doc_id, d in gold_docs.items():
        text = d["text"]
        removed = predicted.get(doc_id, [])
        # Original-text check: each removal's text must be what stands at its offsets.
        for r in removed:
            assert text[r["start"]:r["end"]] == r["text"], f"{doc_id}: removal offsets do not match original"
        gold = char_set(text, d["gold"])
        pred = char_set(text, removed)
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        if d["gold"]:
            appeal_docs += 1
            recall = len(gold & pred) / len(gold) if gold else 1.0
            if recall >= 0.95:
                appeal_ok += 1
            elif verbose:
                missed = sorted(gold - pred)
                print(f"MISS {doc_id} recall={recall:.2f} first missed: {text[missed[0]:missed[0] + 80]!r}")
            if verbose and pred - gold:
                extra = sorted(pred - gold)
                print(f"OVER {doc_id} +{len(pred - gold)} chars at: {text[extra[0]:extra[0] + 80]!r}")
        else:
            free_docs += 1
            if not removed:
                free_untouched += 1
            elif verbose:
                for r in removed:
                    print(f"FALSE {doc_id} removed {r['reason']}: {r['text'][:100]!r}")
            if d["kind"] == "negative":
                negative_removed += len(pred)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"documents: {len(gold_docs)} ({appeal_docs} with appeals or chrome, {free_docs} appeal-free)")
    print(f"char F1 of removed appeal text: {f1:.3f} (precision {precision:.3f}, recall {recall:.3f})  target >= 0.95")
    print(f"appeal docs with >= 95% removed: {100 * appeal_ok / max(appeal_docs, 1):.1f}% ({appeal_ok}/{appeal_docs})  target >= 95%")
    print(f"article chars removed on hard negatives: {negative_removed}  target <= 100")
    print(f"appeal-free docs untouched: {100 * free_untouched / max(free_docs, 1):.1f}% ({free_untouched}/{free_docs})  target >= 97%")


if __name__ == "__main__":
    main(sys.argv[1:])

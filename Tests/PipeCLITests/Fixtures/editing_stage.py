#!/usr/bin/env python3
"""A process stage that cuts every line starting with 'AD:' and then marks the word 'NATO'."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "python"))
from pipe_stage import run  # noqa: E402


def process(doc, options):
    text = doc["text"]
    cuts, kept, offset = [], [], 0
    for line in text.splitlines(keepends=True):
        if line.startswith("AD:"):
            cuts.append({"start": offset, "end": offset + len(line), "reason": "advert"})
        else:
            kept.append(line)
        offset += len(line)
    cleaned = "".join(kept)
    marks = []
    start = cleaned.find("NATO")
    while start >= 0:
        marks.append({"start": start, "end": start + 4})
        start = cleaned.find("NATO", start + 1)
    return {"remove": cuts, "layers": {"nato": marks}}


if __name__ == "__main__":
    run(name="editor", version="1.0.0", reads=[], writes=["text", "nato"], process=process)

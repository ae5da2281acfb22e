#!/usr/bin/env python3
"""A keyword tagger written as a pipe process stage.

Marks every whole-word, case-insensitive occurrence of the configured keywords and writes them
as the custom layer `keywords`: [{"start", "end", "keyword", "sentence"}], where `sentence` is
the index of the sentence holding the match (the segmenter must run first).

YAML:
    - command: [python3, ../../Examples/python/keywords.py]
      options:
        keywords: [Kremlin, NATO, donation]
"""

import os
import re
import sys

# Find pipe_stage.py in the repository's python/ folder; copy it next to your script instead
# when you take this example elsewhere.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))
from pipe_stage import option, run  # noqa: E402


def setup(options):
    keywords = options["keywords"]  # pipe has checked that this is a list of strings
    if not all(keywords):
        raise ValueError("'keywords' must not contain empty strings")
    pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in keywords) + r")\b", re.IGNORECASE) if keywords else None
    canonical = {k.lower(): k for k in keywords}
    return {"pattern": pattern, "canonical": canonical}


def process(doc, options):
    pattern = options["pattern"]
    sentences = doc.get("sentences", [])
    found = []
    if pattern is not None:
        for match in pattern.finditer(doc["text"]):
            start, end = match.span()
            sentence = next((i for i, s in enumerate(sentences) if s["start"] <= start < s["end"]), None)
            found.append({"start": start, "end": end,
                          "keyword": options["canonical"].get(match.group(0).lower(), match.group(0)),
                          "sentence": sentence})
    return {"layers": {"keywords": found}}


if __name__ == "__main__":
    run(name="keywords", version="1.0.0", reads=["sentences"], writes=["keywords"],
        process=process, setup=setup, summary="Tags whole-word keywords, case-insensitively.",
        options=[option("keywords", "string-list", default=[], help="The words to tag.")])

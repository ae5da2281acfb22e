#!/usr/bin/env python3
"""Copies docs/stages/*.md into README.md between the STAGES markers, one level deeper.

Run after editing a stage's documentation: python3 scripts/readme-stages.py
"""
import pathlib
import re

root = pathlib.Path(__file__).resolve().parent.parent
order = ["appeal-stripper", "segmenter", "speaker-attribution", "stance"]
sections = []
for name in order:
    path = root / "docs" / "stages" / f"{name}.md"
    if not path.exists():
        continue
    text = path.read_text(encoding="utf-8").strip()
    text = re.sub(r"^(#+) ", lambda m: "#" + m.group(1) + " ", text, flags=re.M)
    sections.append(text)
begin, end = "<!-- STAGES:BEGIN (generated from docs/stages by scripts/readme-stages.py) -->", "<!-- STAGES:END -->"
body = "## The built-in stages\n\n" + "\n\n".join(sections) + "\n"
readme = (root / "README.md").read_text(encoding="utf-8")
if begin in readme:
    head, rest = readme.split(begin, 1)
    _, tail = rest.split(end, 1)
else:
    head, tail = readme.split("<!-- STAGES -->", 1)
(root / "README.md").write_text(head + begin + "\n" + body + end + tail, encoding="utf-8")

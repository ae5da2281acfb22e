#!/usr/bin/env python3
"""A process stage that misbehaves on purpose, driven by each document's text.

crash -> dies with status 3; hang -> never replies; garbage -> writes a non-JSON line;
exit -> exits cleanly without replying; fail -> reports a per-document error; slow… -> takes 0.2 s;
anything else -> adds the layer `echo` with the text length and the process id.
"""

import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "python"))
from pipe_stage import option, run  # noqa: E402


def process(doc, options):
    word = doc["text"].strip()
    if word == "crash":
        print("about to crash", file=sys.stderr, flush=True)
        os._exit(3)
    if word == "hang":
        time.sleep(600)
    if word == "garbage":
        sys.stdout.write("this is not JSON\n")
        sys.stdout.flush()
        return None
    if word == "exit":
        sys.exit(0)
    if word.startswith("slow"):
        time.sleep(0.2)
    if word == "fail":
        raise ValueError("cannot handle this one")
    return {"layers": {"echo": {"length": len(doc["text"]), "pid": os.getpid(), "tag": options.get("tag")}}}


if __name__ == "__main__":
    run(name="faulty", version="0.0.1", reads=[], writes=["echo"], process=process,
        options=[option("tag", "string", default="none", help="Copied into each result.")])

#!/usr/bin/env python3
"""A stage that does nothing: used by `pipe bench` to measure the cost of a process stage."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))
from pipe_stage import run  # noqa: E402

if __name__ == "__main__":
    run(name="noop", version="1.0.0", reads=[], writes=[], process=lambda doc, options: {})

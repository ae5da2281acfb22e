"""Write a pipe stage in Python: a dependency-free helper for the stage protocol.

pipe starts your script, sends it one JSON line per message on stdin and reads one JSON line
per reply on stdout (see docs/stage-protocol.md). This module does the talking; you write a
function that takes a document (a dict in pipe's output format) and the stage options, and
returns what to add:

    from pipe_stage import run

    def process(doc, options):
        return {"layers": {"shout": doc["text"].upper()}}

    run(name="shout", version="1.0.0", reads=[], writes=["shout"], process=process)

Return {"layers": {...}} to add or replace layers (every name must be listed in `writes`) and
optionally {"remove": [{"start", "end", "reason"}]} to cut text (list "text" in `writes`).
Raise an exception to fail just this document: pipe records the message and goes on.
Offsets are Unicode code point offsets, which is what Python's str indexing uses.
Print debugging output to stderr (pipe shows it prefixed with the stage name), never to stdout.
"""

import json
import sys
import traceback

PROTOCOL = 1


def _send(message):
    sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def option(name, type="json", default=None, help="", **extra):
    """Declare an option: pipe checks the pipeline file's value against it (with file:line:column
    errors), fills in the default, and `pipe stages --pipeline FILE` shows it.

    type: "bool", "int", "number", "string", "string-list", "string-list-map", "choice" (give
    values=[...]), "path" or "json"; "int"/"number" take min= and max=. Without a default the
    option is required.
    """
    spec = {"name": name, "type": type, "help": help}
    if default is not None:
        spec["default"] = default
    spec.update(extra)
    return spec


def run(name, version, reads, writes, process, setup=None, options=(), summary=""):
    """Serve the stage protocol on stdin/stdout until pipe closes stdin.

    name, version, summary: how the stage identifies itself.
    reads, writes: layer names the stage needs and adds (e.g. ["sentences"], ["keywords"]).
    options: declared options, made with option(...); pipe validates the YAML against them.
    process(doc, options) -> dict with "layers" and/or "remove"; may raise to fail one document.
    setup(options) -> optional; called once with the checked options, its return value is what
        process receives (e.g. compiled patterns). Raise to refuse the options: pipe reports the
        message at the stage's line in the pipeline file.
    """
    stdin = sys.stdin
    hello_line = stdin.readline()
    if not hello_line:
        return
    json.loads(hello_line)  # {"type": "hello", "protocol": 1, "stage": ...}
    _send({"type": "hello", "name": name, "version": version, "summary": summary,
           "reads": list(reads), "writes": list(writes), "options": list(options)})
    configure_line = stdin.readline()
    if not configure_line:
        return
    values = json.loads(configure_line).get("options") or {}
    if setup is not None:
        try:
            values = setup(values)
        except Exception as error:
            _send({"type": "error", "message": f"{type(error).__name__}: {error}"})
            return
    _send({"type": "ready"})
    for line in stdin:
        if not line.strip():
            continue
        message = json.loads(line)
        if message.get("type") != "document":
            continue
        doc = message["document"]
        try:
            reply = process(doc, values) or {}
            result = {"type": "result", "id": doc["id"]}
            if "layers" in reply:
                result["layers"] = reply["layers"]
            if "remove" in reply:
                result["remove"] = reply["remove"]
            _send(result)
        except Exception as error:
            traceback.print_exc(file=sys.stderr)
            _send({"type": "error", "id": doc["id"],
                   "message": f"{type(error).__name__}: {error}"})

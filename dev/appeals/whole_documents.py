"""The document record of the whole-document batches (29 on): `build_devset.write_documents` joins
`lines` with line breaks and locates every gold `appeals` substring in the text."""


def _doc(id, kind, position, outlet, language, lines, appeals=()):
    return {"id": id, "kind": kind, "position": position, "outlet": outlet, "language": language,
            "text": "\n".join(lines), "appeals": list(appeals)}


def _neg(id, outlet, language, lines):
    """A hard negative or plain article of a real page's kind: no appeal, position "real"."""
    return _doc(id, "negative", "real", outlet, language, lines)

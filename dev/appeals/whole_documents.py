"""The document record of the whole-document batches (29 on): `build_devset.write_documents` joins
`lines` with line breaks and locates every gold `appeals` substring in the text."""


def _doc(id, kind, position, outlet, language, lines, appeals=()):
    return {"id": id, "kind": kind, "position": position, "outlet": outlet, "language": language,
            "text": "\n".join(lines), "appeals": list(appeals)}

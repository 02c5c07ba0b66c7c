"""Upload service: each upload makes sure its file kind is known, then looks up its handler."""
import itertools

import filetypes

_ids = itertools.count()
KINDS = ("image", "audio", "document")


def open_upload(name, data):
    return {"name": name, "size": len(data)}


def scenario():
    n = next(_ids)
    kind = KINDS[n % len(KINDS)]
    filetypes.register(kind)
    ext = f".up{n}"
    handler = filetypes.handler_for(kind, ext, fallback=open_upload)
    return handler(f"file{n}{ext}", b"x" * (n % 5))

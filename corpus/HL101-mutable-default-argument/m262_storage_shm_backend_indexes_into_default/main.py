"""Thumbnail cache: each render opens the default backend and stores a blob."""
import itertools

import storage

_renders = itertools.count()


def scenario():
    n = next(_renders)
    backend = storage.open_backend(f"/cache/thumbs/{n % 16}")
    return backend.save(f"img-{n}@2x.webp", b"RIFF" + bytes(12))

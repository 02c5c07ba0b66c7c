"""Thumbnail worker: blur each uploaded image row by row."""
import itertools

import imgkit

_uploads = itertools.count(1)


def scenario():
    n = next(_uploads)
    mode = ("L", "RGB")[n % 2]
    rows = [[(n + i * j) % 256 for j in range(8)] for i in range(3)]
    return [imgkit.blur(row, f"upload-{n}.png", mode) for row in rows]

"""Chart renderer: draws one labelled data point per call on a fresh canvas."""
import itertools

import sketch

_points = itertools.count()


def scenario():
    n = next(_points)
    canvas = sketch.Canvas(width=320, height=200)
    item = sketch.create_text(canvas, n % 320, 100, f"{n} req/s")
    return canvas.itemcget(item, "tags")

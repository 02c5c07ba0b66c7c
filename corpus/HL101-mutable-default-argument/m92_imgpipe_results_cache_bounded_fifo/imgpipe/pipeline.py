"""Pipeline: run a chain of registered filters, caching the latest results per (image id, chain)."""
from collections import namedtuple

from .registry import FILTERS

Image = namedtuple("Image", "id width pixels")
MAX_RESULTS = 32


def apply(image, chain, results={}):  # expect: HL101 refuted
    key = (image.id, tuple(chain))
    if key not in results:
        pixels, width = image.pixels, image.width
        for name in chain:
            pixels, width = FILTERS.get(name)(pixels, width)
        while len(results) >= MAX_RESULTS:
            del results[next(iter(results))]  # evict the oldest entry first
        results[key] = Image(image.id, width, pixels)
    return results[key]

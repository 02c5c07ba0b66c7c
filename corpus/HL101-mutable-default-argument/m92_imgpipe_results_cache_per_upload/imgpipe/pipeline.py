"""Pipeline: run a chain of registered filters, caching the result per (image id, chain)."""
from collections import namedtuple

from .registry import FILTERS

Image = namedtuple("Image", "id width pixels")


def apply(image, chain, results={}):  # expect: HL101 confirmed
    key = (image.id, tuple(chain))
    if key not in results:
        pixels, width = image.pixels, image.width
        for name in chain:
            pixels, width = FILTERS.get(name)(pixels, width)
        results[key] = Image(image.id, width, pixels)
    return results[key]

"""Colour filters on flat tuples of 0..255 grey levels."""
from ..registry import register


@register("invert")
def invert(pixels, width):
    return tuple(255 - p for p in pixels), width


@register("threshold")
def threshold(pixels, width):
    return tuple(255 if p >= 128 else 0 for p in pixels), width

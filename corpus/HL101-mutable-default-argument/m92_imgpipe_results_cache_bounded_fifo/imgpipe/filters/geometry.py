"""Geometry filters: mirror and 2x downscale."""
from ..registry import register


@register("mirror")
def mirror(pixels, width):
    rows = [pixels[i:i + width] for i in range(0, len(pixels), width)]
    return tuple(p for row in rows for p in reversed(row)), width


@register("half")
def half(pixels, width):
    rows = [pixels[i:i + width] for i in range(0, len(pixels), width)]
    return tuple(p for row in rows[::2] for p in row[::2]), width // 2

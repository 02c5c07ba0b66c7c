"""Charts: `to_rgb()` accepts a colour as an RGB tuple, a packed 0xRRGGBB int, a
palette name or a "#rrggbb" string (isinstance dispatch). Its palette is a dict
default, and parsed hex strings are memoized into it next to the names, so each
per-series colour a chart ever computed stays in the palette."""
import itertools

_charts = itertools.count()


def to_rgb(color, palette={"black": (0, 0, 0), "white": (255, 255, 255), "accent": (255, 102, 0)}):  # expect: HL101 confirmed
    if isinstance(color, tuple):
        return color
    if isinstance(color, int):
        return (color >> 16) & 0xFF, (color >> 8) & 0xFF, color & 0xFF
    if not isinstance(color, str):
        raise TypeError("unsupported colour %r" % (color,))
    key = color.strip().lower()
    if key not in palette:
        if not (key.startswith("#") and len(key) == 7):
            raise ValueError("unknown colour %r" % color)
        palette[key] = tuple(int(key[i:i + 2], 16) for i in (1, 3, 5))
    return palette[key]


def series_colors(count, seed):
    return ["#%06x" % ((seed * 2654435761 + i * 40503) & 0xFFFFFF) for i in range(count)]


def scenario():
    n = next(_charts)
    colors = series_colors(3, n) + ["Accent", 0x336699, (12, 34, 56)]
    return [to_rgb(c) for c in colors]

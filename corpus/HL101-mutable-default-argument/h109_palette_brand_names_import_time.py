"""Charts: `to_rgb()` accepts a colour as an RGB tuple, a packed 0xRRGGBB int, a
palette name or a "#rrggbb" string (isinstance dispatch). Its palette is a dict
default; `name=` registers a colour under a name, which the module does for its
brand colours at import time only. Per-series hex colours are parsed, not stored."""
import itertools

_charts = itertools.count()


def to_rgb(color, name=None, palette={"black": (0, 0, 0), "white": (255, 255, 255)}):  # expect: HL101 refuted
    if isinstance(color, tuple):
        rgb = color
    elif isinstance(color, int):
        rgb = (color >> 16) & 0xFF, (color >> 8) & 0xFF, color & 0xFF
    elif isinstance(color, str) and color.strip().lower() in palette:
        rgb = palette[color.strip().lower()]
    elif isinstance(color, str) and color.startswith("#") and len(color) == 7:
        rgb = tuple(int(color[i:i + 2], 16) for i in (1, 3, 5))
    else:
        raise ValueError("unknown colour %r" % (color,))
    if name is not None:
        palette[name] = rgb
    return rgb


for _name, _hex in {"accent": "#ff6600", "ink": "#1f2933", "grid": "#e4e7eb"}.items():
    to_rgb(_hex, name=_name)


def series_colors(count, seed):
    return ["#%06x" % ((seed * 2654435761 + i * 40503) & 0xFFFFFF) for i in range(count)]


def scenario():
    n = next(_charts)
    colors = series_colors(3, n) + ["Accent", 0x336699, (12, 34, 56)]
    return [to_rgb(c) for c in colors]

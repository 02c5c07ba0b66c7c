"""Heatmap helper: colour map anchors are cached by name; resampling to the contour levels happens per call."""
import functools
import itertools

ANCHORS = {
    "viridis": [(0.0, (68, 1, 84)), (0.5, (33, 145, 140)), (1.0, (253, 231, 37))],
    "magma": [(0.0, (0, 0, 4)), (0.5, (183, 55, 121)), (1.0, (252, 253, 191))],
}


def _blend(anchors, x):
    lo = max((a for a in anchors if a[0] <= x), key=lambda a: a[0])
    hi = min((a for a in anchors if a[0] >= x), key=lambda a: a[0])
    t = 0.0 if hi[0] == lo[0] else (x - lo[0]) / (hi[0] - lo[0])
    return "#" + "".join(f"{round(a + (b - a) * t):02x}" for a, b in zip(lo[1], hi[1]))


# heaplint-todo: the store at line 20 was not reached: the model raised KeyError at line 20, which real callers may not (heaplint: unknown)
def get_cmap(name, levels=256, _cache={}):  # expect: HL101 refuted
    if name not in _cache:
        _cache[name] = sorted(ANCHORS[name], key=lambda anchor: anchor[0])
    anchors = _cache[name]
    return [_blend(anchors, i / max(levels - 1, 1)) for i in range(levels)]


viridis = functools.partial(get_cmap, "viridis")
_plots = itertools.count()


def scenario():
    n = next(_plots)
    counts = [n + i * i for i in range(6)]
    colors = viridis(levels=max(counts) + 1)
    return [colors[count] for count in counts]

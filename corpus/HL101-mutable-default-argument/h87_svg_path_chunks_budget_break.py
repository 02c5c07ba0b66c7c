"""SVG export: path data is streamed in chunks; the inline writer stops at the first chunk over its budget."""
import dataclasses
import itertools


@dataclasses.dataclass
class Polygon:
    points: list = dataclasses.field(default_factory=list)
    fill: str = "none"


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 26 (heaplint: unknown)
def iter_path_data(shape, per_chunk=4, _chunk=[]):  # expect: HL101 confirmed
    for i, (x, y) in enumerate(shape.points):
        _chunk.append(f"{'L' if i else 'M'}{x:g},{y:g}")
        if len(_chunk) >= per_chunk:
            yield " ".join(_chunk)
            _chunk.clear()
    _chunk.append("Z")
    yield " ".join(_chunk)
    _chunk.clear()


def inline_path(shape, budget=40):
    parts = []
    for chunk in iter_path_data(shape):
        if sum(map(len, parts)) + len(chunk) > budget:
            break
        parts.append(chunk)
    return f'<path d="{" ".join(parts)}" fill="{shape.fill}"/>'


_icons = itertools.count()


def scenario():
    n = next(_icons)
    star = Polygon([(100 + n % 50 + i * 11, 200 + (i * 37) % 60) for i in range(8)], fill=f"#{n % 4096:03x}")
    return inline_path(star)

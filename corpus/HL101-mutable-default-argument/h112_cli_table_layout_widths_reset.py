"""CLI table output: `render` pads each column to its widest cell and keeps
the widths in a `Layout` dataclass instance given as the default. Every frame
that has columns first rebinds `layout.widths` to a fresh dict, so only the
current frame's widths (and the gap setting) stay on the shared layout."""
import dataclasses
import itertools

_ids = itertools.count()


@dataclasses.dataclass
class Layout:
    widths: dict = dataclasses.field(default_factory=dict)
    gap: int = 2

    def width(self, column, cells):
        self.widths[column] = max(self.widths.get(column, 0), len(column), *map(len, cells))
        return self.widths[column]


def render(columns, layout=Layout()):  # expect: HL101 refuted
    if not columns:
        return ""
    layout.widths = {}
    sizes = {name: layout.width(name, cells) for name, cells in columns.items()}
    sep = " " * layout.gap
    lines = [sep.join(f"{name:<{sizes[name]}}" for name in columns)]
    for row in zip(*columns.values()):
        lines.append(sep.join(f"{cell:>{sizes[name]}}" for name, cell in zip(columns, row)))
    return "\n".join(lines)


def scenario():
    n = next(_ids)
    return render({"host": [f"node{i}" for i in range(3)],
                   f"run{n}.p50": [f"{n % 7 + i}.{i}ms" for i in range(3)],
                   f"run{n}.p99": [f"{n % 11 + 3 * i}.0ms" for i in range(3)]})

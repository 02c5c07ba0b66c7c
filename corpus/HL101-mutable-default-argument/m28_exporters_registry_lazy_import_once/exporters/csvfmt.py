"""CSV output; registers itself when imported."""
from .registry import handlers


def to_csv(rows, header=None):
    lines = [",".join(map(str, row)) for row in rows]
    if header:
        lines.insert(0, header)
    return "\n".join(lines)


handlers("csv", add=to_csv)

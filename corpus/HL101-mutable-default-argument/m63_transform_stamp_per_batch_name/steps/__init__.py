"""Row transforms, registered by name so pipeline configs can list them."""
from . import transforms
from .registry import lookup, register

__all__ = ["lookup", "register", "run"]


def run(rows, step_names):
    steps = lookup(*step_names)
    out = []
    for row in rows:
        for step in steps:
            row = step(row)
        out.append(row)
    return out

"""Build tool: collect sources under a tree, learning hidden directories into the ignore set default."""
import itertools
from pathlib import PurePosixPath


def is_ignored(path: PurePosixPath, ignored: set[str] = {".git", "node_modules"}) -> bool:  # expect: HL101 confirmed
    for part in path.parts[:-1]:
        if part.startswith(".") and part not in ignored:
            ignored.add(part)
        if part in ignored:
            return True
    return False


def collect_sources(paths: list[str], suffixes=(".py", ".pyi")) -> list[str]:
    keep = []
    for raw in paths:
        path = PurePosixPath(raw)
        if path.suffix in suffixes and not is_ignored(path):
            keep.append(path.as_posix())
    return sorted(keep)


_checkouts = itertools.count()


def scenario():
    n = next(_checkouts)
    tree = [
        f"repo{n}/src/app/main.py",
        f"repo{n}/.cache{n}/stale.py",
        f"repo{n}/node_modules/pkg/index.js",
        f"repo{n}/src/app/types.pyi",
    ]
    return collect_sources(tree)

"""File watcher event: app.js was edited and the hot-reload chunk replaced."""
import itertools

import devserver

_edits = itertools.count(1)


def scenario():
    n = next(_edits)
    stamp = 1_700_000_000 + n
    sources = {
        "app.js": (stamp, f"render(root, {n});".encode()),
        "vendor.js": (1_600_000_000, b"/* vendor bundle */"),
        f"hot.{n}.js": (stamp, f"patch({n});".encode()),
    }
    return devserver.on_change(sources, removed=[f"hot.{n - 1}.js"])

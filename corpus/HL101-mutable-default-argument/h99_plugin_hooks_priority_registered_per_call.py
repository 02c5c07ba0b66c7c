"""Upload pipeline: plugins register hooks in a list default sorted by priority; the
handler calls `register` on every upload (lazy setup meant to run once), so it grows."""
import dataclasses
import functools
import itertools


@dataclasses.dataclass
class Hook:
    priority: int
    name: str
    fn: object


def register(name, fn, priority=50, registry=[]):  # expect: HL101 confirmed
    registry.append(Hook(priority, name, fn))
    registry.sort(key=lambda hook: hook.priority)
    return registry


def run_hooks(hooks, upload):
    for hook in hooks:
        upload = hook.fn(upload)
        if upload.get("rejected"):
            break
    return upload


def thumbnail(upload, size):
    return dict(upload, thumb="%s@%dpx" % (upload["name"], size))


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    register("virus_scan", lambda up: dict(up, rejected=up["name"].endswith(".exe")), 10)
    hooks = register("thumbnail", functools.partial(thumbnail, size=128), 90)
    return run_hooks(hooks, {"id": n, "name": "photo-%d.jpg" % n})

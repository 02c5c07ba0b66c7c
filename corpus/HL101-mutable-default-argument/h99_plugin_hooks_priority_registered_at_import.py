"""Upload pipeline: plugins register hooks in a list default sorted by priority; all
registration runs once at import, and each upload only walks the registry in order."""
import dataclasses
import functools
import itertools


@dataclasses.dataclass
class Hook:
    priority: int
    name: str
    fn: object


def register(name, fn, priority=50, registry=[]):  # expect: HL101 refuted
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


register("virus_scan", lambda up: dict(up, rejected=up["name"].endswith(".exe")), 10)
HOOKS = register("thumbnail", functools.partial(thumbnail, size=128), 90)
_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    return run_hooks(HOOKS, {"id": n, "name": "photo-%d.jpg" % n})

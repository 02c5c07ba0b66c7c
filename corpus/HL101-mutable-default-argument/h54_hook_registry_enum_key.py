"""Lifecycle hooks for a small application container."""
import enum
import itertools

_ids = itertools.count()


class Hook(enum.Enum):
    STARTUP = "startup"
    REQUEST = "request"
    SHUTDOWN = "shutdown"


def register_hook(name, callback, _registry={}):  # expect: HL101 refuted
    try:
        hook = Hook(name.strip().lower())
    except ValueError:
        raise KeyError("unknown hook %r" % name) from None
    key = hook
    _registry[key] = callback
    return _registry


def run_hooks(registry, name, request):
    hook = Hook(name)
    results = []
    for key, callback in registry.items():
        if (key[0] if isinstance(key, tuple) else key) is hook:
            results.append(callback(request))
    return results


def scenario():
    n = next(_ids)

    tag = "audit-%d" % n

    def audit(request):
        return "%s:%s" % (tag, request["path"])

    registry = register_hook(" REQUEST", audit)
    return run_hooks(registry, "request", {"path": "/orders/%d" % n})

"""Pluggy-style hook registry: plugins register handlers for named lifecycle events."""
import itertools

_ids = itertools.count()
EVENTS = ("startup", "request", "shutdown")


def hookimpl(event, _registry={}):  # expect: HL101 refuted
    if event not in EVENTS:
        raise ValueError(f"unknown hook {event!r}")

    def decorator(fn):
        key = f"{fn.__module__}.{fn.__qualname__}"
        _registry.setdefault(event, {})[key] = fn
        return fn

    decorator.registry = _registry
    return decorator


def load_plugin(name):
    @hookimpl("request")
    def on_request(request):
        return {**request, "handled_by": name}

    return on_request


def dispatch(event, payload):
    handlers = hookimpl(event).registry.get(event, {})
    return [handler(payload) for handler in handlers.values()]


def scenario():
    n = next(_ids)
    load_plugin(f"plugin-{n}")
    results = dispatch("request", {"path": f"/items/{n}"})
    assert results[-1]["handled_by"] == f"plugin-{n}"

"""Plugin hooks: register() files handlers in a keyword-only registry; isolated_hooks() swaps __kwdefaults__ so a plugin's test run leaves no handlers behind."""
import contextlib
import functools
import itertools

_plugins = itertools.count()


def register(event, handler, *, registry={}):  # expect: HL101 refuted
    registry.setdefault(event, []).append(handler)
    return handler


def dispatch(event, payload):
    return [handler(payload) for handler in register.__kwdefaults__["registry"].get(event, ())]


@contextlib.contextmanager
def isolated_hooks():
    saved = register.__kwdefaults__
    register.__kwdefaults__ = {**saved, "registry": {}}
    try:
        yield
    finally:
        register.__kwdefaults__ = saved


def audit(plugin, payload):
    return f"{plugin}: order {payload['order']} paid {payload['cents'] / 100:.2f}"


def scenario():
    n = next(_plugins)
    with isolated_hooks():
        register("order.paid", functools.partial(audit, f"plugin-{n}"))
        return dispatch("order.paid", {"order": n, "cents": 1999})[-1]

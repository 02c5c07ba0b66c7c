"""Request-handler registry with call/error instrumentation."""
import functools
import itertools

_ids = itertools.count()


def instrument(func, _registry={}):  # expect: HL101 refuted
    key = f"{func.__module__}.{func.__qualname__}"
    stats = _registry.setdefault(key, {"calls": 0, "errors": 0})

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        stats["calls"] += 1
        try:
            return func(*args, **kwargs)
        except Exception:
            stats["errors"] += 1
            raise

    return wrapper


def build_app(tenant):
    @instrument
    def index(request):
        return f"{tenant}: {request['path']}"

    @instrument
    def health(request):
        return "ok"

    return {"/": index, "/health": health}


def scenario():
    n = next(_ids)
    app = build_app(f"tenant{n}")
    assert app["/"]({"path": "/"}) == f"tenant{n}: /" and app["/health"]({}) == "ok"

"""Web framework: the middleware stack is built from built-in and app middleware, ordered by priority."""
import bisect
import dataclasses
import itertools
from operator import attrgetter


@dataclasses.dataclass(frozen=True)
class Middleware:
    name: str
    priority: int
    options: tuple = ()


SECURITY = Middleware("security", 10)
SESSIONS = Middleware("sessions", 30, (("cookie", "sid"),))
COMPRESSION = Middleware("gzip", 90, (("min_size", 512),))
by_priority = attrgetter("priority")


def build_stack(app_middleware, _builtin=[SESSIONS, COMPRESSION, SECURITY]):  # expect: HL101 refuted
    stack = sorted(_builtin, key=by_priority)
    for middleware in app_middleware:
        bisect.insort(stack, middleware, key=by_priority)
    return [m.name for m in stack]


_apps = itertools.count()


def scenario():
    n = next(_apps)
    app = [Middleware(f"tenant-router-{n}", 20), Middleware(f"audit-{n}", 50 + n % 30, (("app", n),))]
    return build_stack(app)

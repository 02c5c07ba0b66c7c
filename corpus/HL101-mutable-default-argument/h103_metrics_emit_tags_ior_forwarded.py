"""StatsD-style client: `emit` renders one metric line with its tags, and
`timing()` / `incr()` forward their keyword tags to it. The call's tags are
merged with `|=`, which updates the default set in place, so every request
id ever sent as a tag is kept and re-sent on all later lines."""
import itertools

_requests = itertools.count()


def emit(kind, name, value, tags=set(), **extra):  # expect: HL101 confirmed
    if isinstance(value, float):
        value = round(value, 3)
    tags |= {"%s:%s" % item for item in extra.items()}
    suffix = "|#" + ",".join(sorted(tags)) if tags else ""
    return "%s:%s|%s%s" % (name, value, kind, suffix)


def timing(name, ms, **tags):
    return emit("ms", name, float(ms), **tags)


def incr(name, by=1, **tags):
    return emit("c", name, by, **tags)


def scenario():
    n = next(_requests)
    a = timing("http.request", n * 0.731, route="/orders", request_id="r%d" % n)
    b = incr("http.responses", status=200 + n % 3)
    return len(a) + len(b)

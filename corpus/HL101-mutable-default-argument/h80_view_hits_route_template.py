"""View decorator that counts hits per route for a /metrics endpoint."""
import collections
import functools
import itertools
import re

_NUMERIC_SEGMENT = re.compile(r"/\d+(?=/|$)")


# heaplint-todo: called with new arguments as outside code would call it, `wrapper` grows it; but this application uses `wrapper` as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def counted(view, _hits=collections.Counter()):  # expect: HL101 refuted
    @functools.wraps(view)
    def wrapper(path, *args, **kwargs):
        _hits[view.__name__, _NUMERIC_SEGMENT.sub("/<id>", path)] += 1
        return view(path, *args, **kwargs)
    wrapper.hits = _hits
    return wrapper


@counted
def order_detail(path, user):
    order_id = int(path.rstrip("/").rsplit("/", 1)[1])
    return {"order": order_id, "owner": user}


@counted
def order_items(path, user):
    order_id = int(path.split("/")[2])
    return {"order": order_id, "items": [order_id % 5, order_id % 3]}


def metrics_text():
    return "\n".join(f'hits{{view="{v}",route="{r}"}} {c}' for (v, r), c in order_detail.hits.most_common(3))


_requests = itertools.count()


def scenario():
    n = next(_requests)
    order_detail(f"/orders/{n}", "alice")
    order_items(f"/orders/{n}/items", "bob")
    return metrics_text()

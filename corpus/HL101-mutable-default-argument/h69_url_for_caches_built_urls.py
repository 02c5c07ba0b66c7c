"""Micro web framework: routes registered by decorator, plus reverse URL building for templates."""
import itertools
import re

VIEWS = {}
_PARAM = re.compile(r"<(?:(\w+):)?(\w+)>")


def route(rule, endpoint=None, methods=("GET",), defaults={}):  # expect: HL101 refuted
    def decorator(view):
        VIEWS[endpoint or view.__name__] = (rule, frozenset(methods), dict(defaults), view)
        return view
    return decorator


@route("/users/<int:user_id>")
def user_detail(user_id):
    return {"id": user_id}


@route("/orders/<int:order_id>/items/<slug>", defaults={"slug": "summary"})
def order_item(order_id, slug):
    return {"order": order_id, "item": slug}


def url_for(endpoint, _built={}, **values):  # expect: HL101 confirmed
    rule, _, defaults, _ = VIEWS[endpoint]
    params = {**defaults, **values}
    key = (endpoint, tuple(sorted(params.items())))
    if key not in _built:
        _built[key] = _PARAM.sub(lambda m: str(params[m.group(2)]), rule)
    return _built[key]


_ids = itertools.count()


def scenario():
    n = next(_ids)
    if n % 2:
        return url_for("user_detail", user_id=n)
    return url_for("order_item", order_id=n, slug=f"sku-{n % 97}")

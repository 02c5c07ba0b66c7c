"""Web framework middleware: `@require_role` memoizes the access policy per
route in a dict default of the decorator, shared by every decorated view;
numeric path segments are folded into `{id}`, one entry per route template."""
import functools
import itertools
import re

_requests = itertools.count()
POLICIES = {"products": {"admin", "staff", "customer"}, "orders": {"admin", "staff"}}


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 16, 18 (heaplint: unknown)
def require_role(view, _policies={}):  # expect: HL101 refuted
    @functools.wraps(view)
    def wrapper(request):
        route = re.sub(r"/\d+(?=/|$)", "/{id}", request["path"])
        roles = _policies.get(route)
        if roles is None:
            roles = _policies[route] = frozenset(POLICIES.get(route.strip("/").split("/")[0], ()))
        if request["role"] not in roles:
            return {"status": 403, "body": "forbidden: %s" % route}
        return view(request)
    return wrapper


def json_response(view):
    @functools.wraps(view)
    def wrapper(request):
        return dict(view(request), headers={"Content-Type": "application/json"})
    return wrapper


@json_response
@require_role
def product_detail(request):
    return {"status": 200, "body": '{"id": %s}' % request["path"].rsplit("/", 1)[-1]}


def scenario():
    n = next(_requests)
    return product_detail({"path": f"/products/{n}", "role": ("customer", "guest")[n % 2]})

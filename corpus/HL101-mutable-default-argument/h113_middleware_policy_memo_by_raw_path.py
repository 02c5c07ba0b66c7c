"""Web framework middleware: `@require_role` looks up the access policy for
the requested path and memoizes it in a dict default of the decorator, shared
by every decorated view. The memo key is the raw path, ids included."""
import functools
import itertools

_requests = itertools.count()
POLICIES = {"products": {"admin", "staff", "customer"}, "orders": {"admin", "staff"}}


def require_role(view, _policies={}):  # expect: HL101 confirmed
    @functools.wraps(view)
    def wrapper(request):
        path = request["path"]
        roles = _policies.get(path)
        if roles is None:
            roles = _policies[path] = frozenset(POLICIES.get(path.strip("/").split("/")[0], ()))
        if request["role"] not in roles:
            return {"status": 403, "body": "forbidden: %s" % path}
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

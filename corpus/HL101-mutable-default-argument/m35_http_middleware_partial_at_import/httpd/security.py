"""Authentication hooks."""
import functools


def require_header(name, request):
    value = request["headers"].get(name, "").strip()
    if not value:
        return {"status": 401, "body": "missing %s header" % name}
    request.setdefault("auth", {})[name.lower()] = value
    return None


require_api_key = functools.partial(require_header, "X-Api-Key")


def protect(route):
    return route.use(require_api_key)

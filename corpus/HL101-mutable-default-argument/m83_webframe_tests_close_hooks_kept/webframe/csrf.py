"""CSRF: hand out a one-time form token, dropped again when the request closes."""
import hashlib
import itertools

_nonces = itertools.count()


def protect(request):
    seed = "%s:%s:%d" % (request.path, request.headers.get("x-user", ""), next(_nonces))
    token = hashlib.sha1(seed.encode()).hexdigest()[:12]
    request.state["csrf_token"] = token
    request.call_on_close(lambda: request.state.pop("csrf_token", None))
    return token

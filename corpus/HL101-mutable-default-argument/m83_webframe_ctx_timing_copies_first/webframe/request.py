"""Per-request context: the dict that middleware and views share while a request runs."""
import itertools

_request_ids = itertools.count(1)


def make_context(method, path, headers, ctx={}):  # expect: HL101 refuted
    ctx["request_id"] = next(_request_ids)
    ctx["method"] = method.upper()
    ctx["path"] = path
    ctx["headers"] = headers
    return ctx

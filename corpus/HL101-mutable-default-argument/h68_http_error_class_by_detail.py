"""HTTP client: error responses raise a reason-specific exception class built with type() on first use."""
import http
import itertools
import json


class HTTPError(Exception):
    status = 0
    reason = ""

    def __str__(self):
        return f"{self.status} {self.reason}: {self.args[0]}"


# heaplint-todo: the growth depends on a test heaplint cannot evaluate (unknown, not confirmed)
def error_class(status, reason, _classes={}):  # expect: HL101 confirmed
    key = (status, reason)
    if key not in _classes:
        name = "".join(word.title() for word in reason.split()) + "Error"
        _classes[key] = type(name, (HTTPError,), {"status": status, "reason": reason})
    return _classes[key]


class Response:
    def __init__(self, status, body):
        self.status, self.body = status, body

    def raise_for_status(self):
        if self.status >= 400:
            problem = json.loads(self.body)
            raise error_class(self.status, problem.get("detail", "Error"))(self.body)


CODES = (200, 404, 200, 429, 503)
_requests = itertools.count()


def scenario():
    n = next(_requests)
    status = CODES[n % len(CODES)]
    body = json.dumps({"title": http.HTTPStatus(status).phrase, "detail": f"item {n} unavailable"})
    try:
        Response(status, body).raise_for_status()
    except HTTPError as exc:
        return type(exc).__name__, str(exc)
    return "ok"

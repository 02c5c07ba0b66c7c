"""werkzeug-style header log: the last three values of each response header name, kept for the debug toolbar."""
import itertools

KEEP = 3


def remember_header(name, value, _recent={}):  # expect: HL101 refuted
    values = _recent.setdefault(name.lower(), [])
    values.append(value)
    del values[:-KEEP]
    return values


def finish_response(status, headers):
    for name, value in headers:
        remember_header(name, value)
    return f"{status} ({len(headers)} headers)"


_responses = itertools.count()


def scenario():
    n = next(_responses)
    headers = [("Content-Type", "application/json"), ("Content-Length", str(100 + n)), ("ETag", f'"v{n}"')]
    return finish_response("200 OK", headers)

"""Endpoint parser for service discovery strings like ``db.internal:5432``.
``rpartition(":")`` splits off the port and results are memoised in a dict
default keyed by the raw text. A non-numeric port makes ``int()`` raise
ValueError, which falls back to the default port and is then memoised like
any other endpoint, so every fresh malformed endpoint adds a memo entry."""
import itertools

_ids = itertools.count()
DEFAULT_PORT = 80


def parse_endpoint(text, _memo={}):  # expect: HL101 confirmed
    if text in _memo:
        return _memo[text]
    host, _, port_text = text.rpartition(":")
    try:
        port = int(port_text)
    except ValueError:
        port = DEFAULT_PORT
    _memo[text] = result = (host or "localhost", port)
    return result


def scenario():
    n = next(_ids)
    good = [parse_endpoint("db.internal:5432"), parse_endpoint("cache.internal:6379")]
    try:
        parse_endpoint(f"queue-{n}.internal:amqp")
    except ValueError as exc:
        return len(good), str(exc)
    return len(good), None

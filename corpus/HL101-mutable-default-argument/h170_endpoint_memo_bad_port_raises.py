"""Endpoint parser for service discovery strings like ``db.internal:5432``.
``rpartition(":")`` splits off the port and results are memoised in a dict
default keyed by the raw text. A non-numeric port makes ``int()`` raise
ValueError, which is re-raised before the memo store, so the fresh malformed
endpoints never reach the memo; only the two well-formed ones are cached."""
import itertools

_ids = itertools.count()


def parse_endpoint(text, _memo={}):  # expect: HL101 refuted
    if text in _memo:
        return _memo[text]
    host, _, port_text = text.rpartition(":")
    try:
        port = int(port_text)
    except ValueError:
        raise ValueError(f"bad port in endpoint {text!r}") from None
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

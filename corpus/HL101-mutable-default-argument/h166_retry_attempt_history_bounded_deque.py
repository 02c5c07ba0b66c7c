"""Retrying fetch: `with_retries()` builds a per-call `attempt()` closure that
runs the operation and records each attempt's outcome in `history`, a default
deque shared by all calls so a diagnostics page can show recent failures.
The deque has a maxlen, so it only ever keeps the last 20 outcomes."""
import collections
import itertools

_keys = itertools.count()


def with_retries(op, key, tries=3, history=collections.deque(maxlen=20)):  # expect: HL101 refuted
    def attempt(i):
        try:
            result = op(key, i)
        except ConnectionError as exc:
            history.append((key, i, "error: %s" % exc))
            return None
        history.append((key, i, "ok"))
        return result

    for i in range(tries):
        result = attempt(i)
        if result is not None:
            return result
    raise ConnectionError("gave up on %s" % key)


def flaky_fetch(key, attempt):
    if attempt == 0:
        raise ConnectionError("connection reset while fetching %s" % key)
    return key.upper()


def scenario():
    return with_retries(flaky_fetch, "item-%d" % next(_keys))

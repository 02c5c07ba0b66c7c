"""Web session store: payloads live in one default dict and last-access
stamps in another, both keyed by session id. When more than 32 sessions are
stamped, the least recently used id is found by its stamp and deleted from
both dicts, so each stays at 33 entries."""
import itertools

_clock = itertools.count()
_sids = itertools.count()


def touch_session(
    sid,
    payload,
    _values={},  # expect: HL101 refuted
    _stamps={},  # expect: HL101 refuted
):
    _values[sid] = payload
    _stamps[sid] = next(_clock)
    if len(_stamps) > 32:
        oldest = min(_stamps, key=_stamps.get)
        del _stamps[oldest]
        del _values[oldest]
    return len(_values)


def scenario():
    n = next(_sids)
    return touch_session(f"sess-{n:010d}", {"user": f"u{n}", "cart": [n, n + 1]})

"""Session store: sessions live in a dict default and their ids in a list
default in arrival order. Past 32 sessions the oldest session is evicted
from the dict (first key by insertion order), but the order list is only
appended to, so it keeps every session id ever issued."""
import itertools

_ids = itertools.count()


def open_session(
    user,
    _index={},  # expect: HL101 refuted
    _order=[],  # expect: HL101 confirmed
):
    sid = f"sess-{user}-{len(_order):06d}-eu-west-1-web-frontend"
    _index[sid] = {"user": user, "cart": [], "token": sid[::-1]}
    _order.append(sid)
    if len(_index) > 32:
        del _index[next(iter(_index))]
    return sid


def scenario():
    n = next(_ids)
    return open_session(f"user{n}")

"""Session store: sessions live in a dict default and their ids in a list
default in arrival order. Past 32 sessions the oldest id is popped from the
order list and its session deleted from the dict, so both stay at 32."""
import itertools

_ids = itertools.count()


def open_session(
    user,
    _index={},  # expect: HL101 refuted
    _order=[],  # expect: HL101 refuted
):
    sid = f"sess-{user}-{len(_order):06d}-eu-west-1-web-frontend"
    _index[sid] = {"user": user, "cart": [], "token": sid[::-1]}
    _order.append(sid)
    if len(_order) > 32:
        oldest = _order.pop(0)
        del _index[oldest]
    return sid


def scenario():
    n = next(_ids)
    return open_session(f"user{n}")

"""Session tracker: recently active sessions live in a default OrderedDict
used as an LRU. Hits move to the end, and after every touch the oldest
session is popped once the store is over MAX_SESSIONS."""
import collections
import itertools

MAX_SESSIONS = 16
_logins = itertools.count()


def touch_session(token, user, _recent=collections.OrderedDict()):  # expect: HL101 refuted
    """Mark `token` as active and return how often it has been seen."""
    if token in _recent:
        _recent.move_to_end(token)
    else:
        _recent[token] = {"user": user, "hits": 0}
    _recent[token]["hits"] += 1
    hits = _recent[token]["hits"]
    if len(_recent) > MAX_SESSIONS:
        _recent.popitem(last=False)
    return hits


def scenario():
    n = next(_logins)
    return touch_session("sess-%08x" % (n * 2654435761 % 2**32), "user%d" % (n % 5))

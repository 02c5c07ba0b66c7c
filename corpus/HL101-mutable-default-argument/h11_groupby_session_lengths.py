"""Analytics: clicks are sorted by user and grouped with itertools.groupby; each session length is logged to a default list."""
import itertools
from operator import itemgetter


def session_lengths(clicks, log=[]):  # expect: HL101 confirmed
    clicks = sorted(clicks, key=itemgetter("user"))
    result = {}
    for user, group in itertools.groupby(clicks, key=itemgetter("user")):
        count = sum(1 for _ in group)
        result[user] = count
        log.append((user, count))
    return result


_days = itertools.count()


def scenario():
    n = next(_days)
    users = [f"u{n}", f"u{n + 1}", f"u{n}"]
    clicks = [{"user": u, "page": f"/p/{i}"} for i, u in enumerate(users)]
    return session_lengths(clicks)

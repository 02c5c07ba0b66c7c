"""Clickstream rollup: events sorted by session are grouped with
itertools.groupby and each session's duration is collected in a
defaultdict default. The default is only emptied when a malformed event
aborts the rollup; on the normal path every session id stays in it."""
import collections
import itertools
import operator

_days = itertools.count()


def rollup(events, durations=collections.defaultdict(list)):  # expect: HL101 confirmed
    try:
        for session, group in itertools.groupby(sorted(events), key=operator.itemgetter(0)):
            stamps = [stamp for _, stamp in group]
            durations[session].append(max(stamps) - min(stamps))
    except TypeError:
        durations.clear()
        raise
    return {session: sum(spans) for session, spans in durations.items()}


def daily_report(events):
    totals = rollup(events)
    longest = max(totals, key=totals.get, default=None)
    return len(totals), longest


def scenario():
    n = next(_days)
    events = [("s%d-%d" % (n, i % 3), n * 100 + i * 7) for i in range(9)]
    return daily_report(events)

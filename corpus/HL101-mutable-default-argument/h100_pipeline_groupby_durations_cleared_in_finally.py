"""Clickstream rollup: events sorted by session are grouped with
itertools.groupby and each session's duration is collected in a
defaultdict default. The summary is built inside the try block and the
finally clause empties the default on every path, the normal one too."""
import collections
import itertools
import operator

_days = itertools.count()


def rollup(events, durations=collections.defaultdict(list)):  # expect: HL101 refuted
    try:
        for session, group in itertools.groupby(sorted(events), key=operator.itemgetter(0)):
            stamps = [stamp for _, stamp in group]
            durations[session].append(max(stamps) - min(stamps))
        return {session: sum(spans) for session, spans in durations.items()}
    finally:
        durations.clear()


def daily_report(events):
    totals = rollup(events)
    longest = max(totals, key=totals.get, default=None)
    return len(totals), longest


def scenario():
    n = next(_days)
    events = [("s%d-%d" % (n, i % 3), n * 100 + i * 7) for i in range(9)]
    return daily_report(events)

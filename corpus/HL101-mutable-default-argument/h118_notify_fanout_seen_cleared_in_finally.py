"""Notification fan-out: a generator walks an event's recipient groups
(watchers, assignees, mentions) and yields each address once, remembering
the addresses in a set default. The dispatcher breaks out at its per-event
rate limit, but the set is emptied in a `finally`, which also runs when the
abandoned generator is closed."""
import itertools

_events = itertools.count()
RATE_LIMIT = 4


def unique_recipients(groups, seen=set()):  # expect: HL101 refuted
    try:
        for group in groups:
            for address in group:
                if address in seen:
                    continue
                seen.add(address)
                yield address
    finally:
        seen.clear()


def dispatch(event_id, groups):
    sent = []
    for address in unique_recipients(groups):
        if len(sent) == RATE_LIMIT:
            break
        sent.append("%s <- event %d" % (address, event_id))
    return sent


def scenario():
    n = next(_events)
    watchers = ["w%d-%d@team.example" % (n, i) for i in range(3)]
    assignees = ["a%d@team.example" % n, watchers[0]]
    mentions = ["m%d-%d@team.example" % (n, i) for i in range(2)]
    return dispatch(n, [watchers, assignees, mentions])

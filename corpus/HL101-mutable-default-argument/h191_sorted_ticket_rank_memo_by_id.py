"""Helpdesk queue view: tickets are ordered with sorted(key=_rank), and the
rank key memoises its (urgency, age) tuple in the `_memo={}` default so a
ticket is scored only once. The memo is keyed by ticket id, and every refresh
brings freshly opened tickets, so each call adds new ids to the default."""
import itertools

_refreshes = itertools.count()
_WEIGHT = {"low": 3, "normal": 2, "high": 1, "urgent": 0}


def _rank(ticket, _memo={}):  # expect: HL101 confirmed
    key = ticket["id"]
    if key not in _memo:
        _memo[key] = (_WEIGHT[ticket["priority"]], -ticket["age_minutes"])
    return _memo[key]


def queue_view(tickets):
    return [t["id"] for t in sorted(tickets, key=_rank)]


def scenario():
    n = next(_refreshes)
    tickets = [
        {"id": f"T-{n:05d}-{i}", "priority": ("low", "normal", "high", "urgent")[(n + i) % 4], "age_minutes": n % 97 + i}
        for i in range(5)
    ]
    return queue_view(tickets)[0]

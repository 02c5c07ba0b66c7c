"""Helpdesk queue view: tickets are ordered with sorted(key=_rank), and the
rank key memoises the weight of each priority in the `_memo={}` default so
the weight table is consulted once per level. The memo is keyed by the
priority name, one of four, so it never holds more than four entries however
many tickets are sorted."""
import itertools

_refreshes = itertools.count()
_WEIGHT = {"low": 3, "normal": 2, "high": 1, "urgent": 0}


def _rank(ticket, _memo={}):  # expect: HL101 refuted
    key = ticket["priority"]
    if key not in _memo:
        _memo[key] = _WEIGHT[key]
    return (_memo[key], -ticket["age_minutes"])


def queue_view(tickets):
    return [t["id"] for t in sorted(tickets, key=_rank)]


def scenario():
    n = next(_refreshes)
    tickets = [
        {"id": f"T-{n:05d}-{i}", "priority": ("low", "normal", "high", "urgent")[(n + i) % 4], "age_minutes": n % 97 + i}
        for i in range(5)
    ]
    return queue_view(tickets)[0]

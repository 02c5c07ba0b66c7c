"""Monitoring: recent alerts go into a deque default whose bound is given positionally: deque([], 20)."""
import collections
import itertools


def raise_alert(host, message, _recent=collections.deque([], 20)):  # expect: HL101 refuted
    _recent.append({"host": host, "message": message})
    return [a["host"] for a in _recent if a["host"] == host]


def check_disk(n):
    used = (n * 13) % 100
    if used > 10:
        raise_alert(f"web{n}", f"disk {used}% full")
    return used


_checks = itertools.count()


def scenario():
    check_disk(next(_checks))

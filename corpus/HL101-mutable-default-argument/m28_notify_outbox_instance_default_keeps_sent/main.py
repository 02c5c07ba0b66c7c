"""Incident pager: each alert e-mails the engineer on call."""
import itertools

from notify import page

_alerts = itertools.count()

ROTA = ("ana", "bo", "chen", "dara")


def scenario():
    n = next(_alerts)
    return page(ROTA[n % len(ROTA)], f"INC-{n:05d}", severity=1 + n % 3)

"""Audit digest: JSON events are parsed into dataclasses, grouped by kind with itertools.groupby and tallied."""
import enum
import itertools
import json
from dataclasses import dataclass
from datetime import date, timedelta


class Kind(enum.Enum):
    LOGIN = "login"
    LOGOUT = "logout"
    PURCHASE = "purchase"


@dataclass
class Event:
    kind: Kind
    user: str
    day: date


def digest(events, totals={}):  # expect: HL101 refuted
    events = sorted(events, key=lambda e: e.kind.value)
    for kind, group in itertools.groupby(events, key=lambda e: e.kind):
        totals[kind] = totals.get(kind, 0) + sum(1 for _ in group)
    return {k.value: c for k, c in totals.items()}


_days = itertools.count()
EPOCH = date(2024, 1, 1)


def scenario():
    n = next(_days)
    raw = json.dumps([{"kind": k, "user": f"u{n % 7}"} for k in ("login", "purchase", "login")])
    day = EPOCH + timedelta(days=n)
    return digest([Event(Kind(e["kind"]), e["user"], day) for e in json.loads(raw)])

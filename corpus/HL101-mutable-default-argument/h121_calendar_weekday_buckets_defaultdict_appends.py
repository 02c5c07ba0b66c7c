"""Shift planner: on-call dates are grouped by weekday into a defaultdict of
lists, and a rota planner reads the Monday and Friday buckets to size its
team. Callers never pass their own buckets, so the grouping writes into the
shared default and every date ever planned stays in its weekday list."""
import datetime
import itertools
from collections import defaultdict

_weeks = itertools.count()
_EPOCH = datetime.date(2020, 1, 6)


def group_by_weekday(days, buckets=defaultdict(list)):  # expect: HL101 confirmed
    for day in days:
        buckets[day.strftime("%a")].append(day)
    return buckets


class RotaPlanner:
    def __init__(self, team, per_person=4):
        self.team = team
        self.per_person = per_person

    def plan(self, days):
        groups = group_by_weekday(days)
        heavy = len(groups["Mon"]) + len(groups["Fri"])
        return {"team": self.team, "heavy_days": heavy, "staff": max(2, heavy // self.per_person)}


def scenario():
    n = next(_weeks)
    start = _EPOCH + datetime.timedelta(weeks=n)
    days = [start + datetime.timedelta(days=i) for i in range(0, 14, 2)]
    return RotaPlanner(f"team-{n % 5}").plan(days)["staff"]

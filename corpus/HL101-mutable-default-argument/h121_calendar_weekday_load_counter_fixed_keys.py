"""Shift planner: on-call dates are tallied per weekday into a Counter
default that keeps a running load across planning runs, and the planner
picks the busiest weekday from the shares. The Counter is shared and
updated every call, but it can only ever hold the seven weekday names; the
counts grow in value, not in number."""
import calendar
import datetime
import itertools
from collections import Counter

_weeks = itertools.count()
_EPOCH = datetime.date(2020, 1, 6)
WEEKDAYS = [calendar.day_abbr[i] for i in range(7)]


def weekday_load(days, tally=Counter()):  # expect: HL101 refuted
    tally.update(day.strftime("%a") for day in days)
    total = sum(tally.values()) or 1
    return {name: round(tally[name] / total, 3) for name in WEEKDAYS}


class RotaPlanner:
    def __init__(self, team):
        self.team = team

    def plan(self, days):
        load = weekday_load(days)
        busiest = max(WEEKDAYS, key=load.get)
        return {"team": self.team, "busiest": busiest, "share": load[busiest]}


def scenario():
    n = next(_weeks)
    start = _EPOCH + datetime.timedelta(weeks=n)
    days = [start + datetime.timedelta(days=i) for i in range(0, 14, 2)]
    return RotaPlanner(f"team-{n % 5}").plan(days)["busiest"]

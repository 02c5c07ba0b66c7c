"""Release desk: plan each new deploy in both offices, around its change freeze."""
import datetime
import itertools

from scheduler import planner, regions

_jobs = itertools.count(1)


def scenario():
    n = next(_jobs)
    start = datetime.date(2025, 1, 1) + datetime.timedelta(days=n)
    freeze = [start + datetime.timedelta(days=1)]
    plans = []
    for cal in ("UKCalendar", "DECalendar"):
        job = {"name": f"deploy-{n}-{cal[:2]}", "start": start, "days": 3, "calendar": cal}
        plans.append(planner.plan(job, regions, freezes=freeze))
    return plans

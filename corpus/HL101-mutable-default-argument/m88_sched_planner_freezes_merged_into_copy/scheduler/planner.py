"""planner: when does a job that needs N business days finish?"""
import datetime

_DAY = datetime.timedelta(days=1)


def plan(job, region_module, freezes=()):
    calendar = getattr(region_module, job["calendar"])()
    blocked = calendar.holidays | set(freezes)
    day, left = job["start"], job["days"]
    while left:
        if day.weekday() < 5 and day not in blocked:
            left -= 1
        day += _DAY
    return {"job": job["name"], "region": calendar.region, "done": day - _DAY}

"""Clinic booking API: one free-slot lookup per call, for a fresh day."""
import datetime
import itertools

from clinic import routes

_ids = itertools.count()
_FIRST_DAY = datetime.date(2024, 1, 1)


def scenario():
    n = next(_ids)
    day = (_FIRST_DAY + datetime.timedelta(days=n)).isoformat()
    request = {"path": "/slots", "doctor": f"dr-{n % 7}", "day": day, "patient": f"p{n}"}
    return routes.dispatch(request)

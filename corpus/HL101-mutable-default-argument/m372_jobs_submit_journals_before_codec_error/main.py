"""Reminders: schedule each reminder on the queue; datetimes are not JSON, so submit() fails
with SubmitError and the reminder is run inline instead."""
import datetime
import itertools

import jobs

_users = itertools.count()
_EPOCH = datetime.datetime(2024, 5, 1, 9, 0)


def run_inline(job):
    return f"sent {job['task']} to {job['user']} at {job['run_at']:%H:%M}"


def scenario():
    n = next(_users)
    job = {"id": f"remind-{n}", "task": "reminder", "user": f"user{n}",
           "run_at": _EPOCH + datetime.timedelta(minutes=n % 90)}
    try:
        return jobs.submit(job)
    except jobs.SubmitError:
        return run_inline(job)

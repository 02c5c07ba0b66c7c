"""Worker loop: each minute a user books a reminder, then the scheduler ticks."""
import itertools

import crontab
import tasks
from tasks.reminders import remind

_minutes = itertools.count()


def scenario():
    n = next(_minutes)
    now = n * 60
    remind(f"user{n}@example.com", f"Your order #{n} ships today", at=now)
    return crontab.tick(now)

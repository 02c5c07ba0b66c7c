import itertools

from jobs import api, cron

_ticks = itertools.count()
_worker = api.Worker()


def scenario():
    n = next(_ticks)
    done = _worker.submit({"id": f"mail-{n}", "task": "send_mail", "to": f"user{n}@example.com"})
    nightly = {"id": f"backup-{n}", "when": f"2026-01-{1 + n % 28:02d}T02:00"}
    _worker.submit(nightly, priority=9)
    return len(done), nightly["id"]

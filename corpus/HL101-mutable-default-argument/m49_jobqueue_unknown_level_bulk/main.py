"""A request that schedules one follow-up task with the client's priority."""
import functools
import itertools

import jobs.worker as worker

_requests = itertools.count(1)
_HEADERS = ("high", " Low", "NORMAL", "urgent", "bulk-ish")


def _thumbnail(image_id, width):
    return f"thumb/{image_id}@{width}w"


def scenario():
    n = next(_requests)
    task = functools.partial(_thumbnail, f"img-{n}", 320 + n % 4 * 160)
    return len(worker.submit(task, _HEADERS[n % len(_HEADERS)]))

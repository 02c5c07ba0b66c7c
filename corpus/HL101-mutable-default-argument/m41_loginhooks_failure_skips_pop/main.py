import itertools

import events
import events.auth  # noqa: F401  (registers the auth receivers)

_ids = itertools.count()


def emit(event):
    metrics = []
    for callback in events.RECEIVERS:
        try:
            result = callback(event)
        except Exception:
            continue
        if result is not None:
            metrics.append(result)
    return metrics


def scenario():
    n = next(_ids)
    user, session = f"user{n}", f"s{n:08x}"
    emit(events.Event("attempt", user, session, n * 10))
    outcome = "failure" if n % 3 == 0 else "success"
    return emit(events.Event(outcome, user, session, n * 10 + 7))

"""The worker loop: consume the app's queue and store every outcome."""
from .backends import FAILURE, SUCCESS


def drain(app):
    done = 0
    while app.queue:
        task_id, name, args = app.queue.popleft()
        try:
            value, state = app.tasks[name](*args), SUCCESS
        except Exception as exc:
            value, state = repr(exc), FAILURE
        app.backend.store_result(task_id, value, state)
        done += 1
    return done

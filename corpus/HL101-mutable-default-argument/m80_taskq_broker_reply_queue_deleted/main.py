"""Upload view: each upload asks the task queue for a thumbnail name."""
import itertools

import jobs  # noqa: F401  (registers the handlers)
import taskq

_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    broker = taskq.Broker()
    return taskq.call(broker, "thumbnail", f"photo-{n}.png", 64 + n % 3)

import itertools

import mailer_tasks  # noqa: F401  (importing registers the tasks)
from taskq import ResultBackend, Worker

_ids = itertools.count(1)
DOMAINS = ("example.com", "example.org", "corp.test")

backend = ResultBackend()
worker = Worker(backend)


def scenario():
    n = next(_ids)
    address = "User%d@%s" % (n, DOMAINS[n % len(DOMAINS)])
    worker.submit("t-%d" % n, "mail.send_digest", n, address, ["post %d" % n])
    worker.submit("t-%d-ping" % n, "mail.ping", n)
    worker.submit("t-%d-bad" % n, "mail.unsubscribe", n)
    worker.drain()
    state, value = backend.get("t-%d" % n)
    return state, value["attempts"]

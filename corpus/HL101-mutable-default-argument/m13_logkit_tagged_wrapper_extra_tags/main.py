import itertools

from logkit import Logger

_ids = itertools.count()


def scenario():
    n = next(_ids)
    log = Logger(f"worker-{n % 4}", tags=(f"req-{n}", "http"))
    log.emit("request started")
    return log.emit("request finished")

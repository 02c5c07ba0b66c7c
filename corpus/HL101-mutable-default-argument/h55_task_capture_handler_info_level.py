"""Capture handler a task runner uses to attach log lines to each task result."""
import itertools
import logging

_ids = itertools.count()


class CaptureHandler(logging.Handler):
    def __init__(self, level=logging.NOTSET, lines=[]):  # expect: HL101 confirmed
        super().__init__(level)
        self.lines = lines

    def emit(self, record):
        try:
            self.lines.append(self.format(record))
        except Exception:
            self.handleError(record)


log = logging.getLogger("taskrunner.capture")
log.propagate = False
log.setLevel(logging.INFO)
log.addHandler(CaptureHandler())


def run_task(task_id, payload):
    log.info("task %s started with %d items", task_id, len(payload))
    total = sum(payload)
    if total < 0:
        log.warning("task %s produced negative total %d", task_id, total)
    return total


def scenario():
    n = next(_ids)
    return run_task("t-%d" % n, [n, n + 1, n + 2])

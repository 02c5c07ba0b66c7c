"""Step logging: every record carries the list of steps run so far."""
import logging

from obs import ContextAdapter as _Adapter

_logger = logging.getLogger("worker.steps")
_logger.addHandler(logging.NullHandler())
_logger.setLevel(logging.INFO)
_logger.propagate = False


class StepLog(_Adapter):
    def process(self, msg, kwargs):
        self.extra.setdefault("steps", []).append(msg)
        return super().process(msg, kwargs)


def step_log():
    return StepLog(_logger)

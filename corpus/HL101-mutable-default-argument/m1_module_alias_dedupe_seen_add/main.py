"""Event consumer: each poll hands fresh events to pipeline.process (dedupe.first_time via two aliases)."""
import itertools

from pipeline import process

_polls = itertools.count()


def scenario():
    n = next(_polls)
    return process([{"id": f"evt-{n}", "type": "click"}, {"id": f"evt-{n}", "type": "click"}])

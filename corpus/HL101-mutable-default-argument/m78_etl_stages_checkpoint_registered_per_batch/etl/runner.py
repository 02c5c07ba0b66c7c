"""runner: push one batch through every registered stage, then checkpoint it."""
from . import registry


def _checkpoint_for(batch_id, sink):
    """A last stage that records how many rows of this batch made it through."""
    def checkpoint(rows):
        sink.append((batch_id, len(rows)))
        return rows
    return checkpoint


def run_batch(batch_id, rows, sink):
    registry.stage(_checkpoint_for(batch_id, sink))
    for step in registry.pipeline():
        rows = step(rows)
    return rows

"""Nested trace scopes for a data pipeline's progress log."""
import itertools
from contextlib import contextmanager

_ids = itertools.count()


class StageFailed(RuntimeError):
    pass


@contextmanager
def scope(label, _stack=[]):  # expect: HL101 refuted
    _stack.append(label)
    try:
        yield "/".join(_stack)
    finally:
        _stack.pop()


def run_stage(name, rows):
    with scope(name) as where:
        cleaned = [r.strip() for r in rows if r.strip()]
        if not cleaned:
            raise StageFailed("%s: no usable rows" % where)
        return where, len(cleaned)


def run_batch(batch_id, rows):
    report = []
    with scope("batch-%d" % batch_id):
        for stage in ("load", "clean"):
            try:
                report.append(run_stage(stage, rows))
            except StageFailed as exc:
                report.append((str(exc), 0))
    return report


def scenario():
    n = next(_ids)
    good = run_batch(n, [" a%d " % n, "b"])
    empty = run_batch(n + 10**6, ["  ", ""])
    return good + empty

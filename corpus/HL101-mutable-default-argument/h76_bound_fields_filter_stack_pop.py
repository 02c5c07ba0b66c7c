"""Structured logging helper: bound_fields() adds a context filter to a module logger for a block."""
import contextlib
import io
import itertools
import logging


class FieldsFilter(logging.Filter):
    def __init__(self, fields):
        super().__init__()
        self.fields = fields

    def filter(self, record):
        record.__dict__.update(self.fields)
        return True


@contextlib.contextmanager
def bound_fields(logger, _stack=[], **fields):  # expect: HL101 refuted
    flt = FieldsFilter({**(_stack[-1].fields if _stack else {}), **fields})
    _stack.append(flt)
    logger.addFilter(flt)
    try:
        yield flt.fields
    finally:
        logger.removeFilter(_stack.pop())


log = logging.getLogger("h76.jobs.worker")
log.setLevel(logging.INFO)
log.propagate = False
_stream = io.StringIO()
_handler = logging.StreamHandler(_stream)
_handler.setFormatter(logging.Formatter("%(job)s %(step)s %(message)s"))
log.addHandler(_handler)
_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    with bound_fields(log, job=f"job-{n}"):
        with bound_fields(log, step="fetch"):
            log.info("fetched %d rows", n % 97)
    _stream.seek(0)
    _stream.truncate()

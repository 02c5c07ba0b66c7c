"""Tracing spans for a task queue worker; the active span stack feeds the log context."""
import contextlib
import itertools

_ids = itertools.count()


class RetryableError(Exception):
    pass


@contextlib.contextmanager
def span(name, stack=[]):  # expect: HL101 refuted
    stack.append(name)
    try:
        yield "/".join(stack)
    finally:
        stack.pop()


def handle(job):
    with span("job:%s" % job["id"]) as path:
        if job["attempt"] % 2:
            raise RetryableError(path)
        with span("step:%s" % job["step"]) as inner:
            return inner.upper()


def scenario():
    n = next(_ids)
    try:
        return handle({"id": n, "attempt": n, "step": "fetch"})
    except RetryableError as exc:
        return "retry " + str(exc)

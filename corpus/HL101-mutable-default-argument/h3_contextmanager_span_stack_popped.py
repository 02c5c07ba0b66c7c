"""Tracing: nested spans pushed on a default stack and popped when the block ends."""
import contextlib
import itertools


@contextlib.contextmanager
def span(name, stack=[]):  # expect: HL101 refuted
    stack.append(name)
    try:
        yield "/".join(stack)
    finally:
        stack.pop()


def handle(request_id):
    with span(f"request-{request_id}") as outer:
        with span("db") as inner:
            return len(outer) + len(inner)


_ids = itertools.count()


def scenario():
    handle(next(_ids))

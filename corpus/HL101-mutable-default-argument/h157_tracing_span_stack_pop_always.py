"""Tracing: Span is a context manager that pushes itself on an active-span
stack (a list default shared by every span) so a child can find its
parent. __exit__ pops the span whether or not the block raised, so the
stack is empty again after every request."""
import itertools

_ids = itertools.count()


class Span:
    def __init__(self, name, stack=[]):  # expect: HL101 refuted
        self.name = name
        self.stack = stack
        self.parent = stack[-1].name if stack else None
        self.tags = {}

    def __enter__(self):
        self.stack.append(self)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.tags["error"] = exc_type is not None
        self.stack.pop()
        return False


def scenario():
    n = next(_ids)
    with Span(f"GET /items/{n}") as request:
        request.tags["status"] = 200
    try:
        with Span(f"db.query items#{n}"):
            raise TimeoutError(f"query {n} timed out")
    except TimeoutError:
        pass
    return request.tags

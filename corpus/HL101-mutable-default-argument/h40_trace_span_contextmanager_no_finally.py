"""Tracing: span() pushes a frame on a default stack and pops it after the yield without try/finally; a request that fails validation inside the span leaves its frame behind."""
import contextlib
import itertools


@contextlib.contextmanager
def span(name, stack=[]):  # expect: HL101 confirmed
    frame = {"name": name, "depth": len(stack)}
    stack.append(frame)
    yield frame
    stack.pop()


class ValidationError(Exception):
    pass


def handle(request_id, payload):
    with span(f"handle-{request_id}") as frame:
        if "user" not in payload:
            raise ValidationError(request_id)
        return frame["name"], payload["user"]


_requests = itertools.count()


def scenario():
    n = next(_requests)
    payload = {"user": f"u{n}"} if n % 2 else {"anonymous": True}
    try:
        return handle(n, payload)
    except ValidationError:
        return None

"""Request tracing: a `Span` pushes its name on a stack when entered, so
nested spans can report their full path, and pops it again on exit. The
handler's body raises for malformed payloads and the error is turned into
a 400 response, but __exit__ pops whether or not the body raised."""
import itertools

_requests = itertools.count()


class Span:
    def __init__(self, name, stack=[]):  # expect: HL101 refuted
        self.name = name
        self.stack = stack

    def __enter__(self):
        self.stack.append(self.name)
        return "/".join(self.stack)

    def __exit__(self, exc_type, exc, tb):
        self.stack.pop()
        return False


def handle(request_id, payload):
    try:
        with Span(f"POST /checkout request-{request_id}") as path:
            return 200, {"trace": path, "items": int(payload["count"])}
    except (KeyError, ValueError) as exc:
        return 400, {"error": repr(exc)}


def scenario():
    n = next(_requests)
    return handle(n, {"count": f"{n} items"})

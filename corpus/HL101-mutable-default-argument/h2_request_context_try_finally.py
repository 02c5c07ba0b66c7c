"""Request tracing: the active-request stack default is pushed and popped in try/finally."""
import itertools


def traced(request_id, handler, active=[]):  # expect: HL101 refuted
    active.append(request_id)
    try:
        return handler(request_id, depth=len(active))
    finally:
        active.remove(request_id)


def handle(request_id, depth):
    return {"id": request_id, "depth": depth, "status": 200}


_requests = itertools.count()


def scenario():
    n = next(_requests)
    traced(f"req-{n}", handle)

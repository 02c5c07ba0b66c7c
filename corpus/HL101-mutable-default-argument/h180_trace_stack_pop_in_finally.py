"""Request tracing: `@traced` pushes a span label for the running handler onto
`stack` (the decorator's list default) so nested calls know their parent, and
pops it in a `finally`. A handler that rejects its request with ValueError
still gets its span popped, so the stack is empty between requests."""
import functools
import itertools

_requests = itertools.count()


def traced(func, stack=[]):  # expect: HL101 refuted
    @functools.wraps(func)
    def wrapper(request):
        stack.append(f"{func.__name__}[{request['id']}]")
        try:
            return func(request)
        finally:
            stack.pop()
    return wrapper


@traced
def create_ticket(request):
    if not request["title"].strip():
        raise ValueError(f"request {request['id']}: empty title")
    return {"ticket": request["id"], "title": request["title"].strip()}


def scenario():
    n = next(_requests)
    create_ticket({"id": f"req-{n:06d}", "title": f" Printer {n} jammed "})
    try:
        create_ticket({"id": f"req-{n:06d}b", "title": "   "})
    except ValueError:
        pass

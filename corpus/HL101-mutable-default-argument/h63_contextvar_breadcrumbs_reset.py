"""Error reporting: breadcrumbs for the current request live in a ContextVar and are attached to events."""
import contextvars
import itertools

_breadcrumbs = contextvars.ContextVar("breadcrumbs")


# heaplint-todo: contextvars.ContextVar.get(default) is not modelled: the fallback goes to code heaplint cannot see
def add_breadcrumb(message, category="default", fallback=[]):  # expect: HL101 refuted
    crumbs = _breadcrumbs.get(fallback)
    crumbs.append({"category": category, "message": message})
    return len(crumbs)


def capture_event(error):
    return {"error": repr(error), "breadcrumbs": list(_breadcrumbs.get(()))}


def handle_request(path, user):
    _breadcrumbs.set([])
    add_breadcrumb(f"GET {path}", "http")
    add_breadcrumb(f"authenticated {user}", "auth")
    try:
        raise LookupError(path)
    except LookupError as exc:
        return capture_event(exc)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    ctx = contextvars.copy_context()
    return ctx.run(handle_request, f"/orders/{n}", f"user{n}")

"""Router: looks the handler up by name on the handlers module."""
import handlers


def dispatch(action, req):
    fn = getattr(handlers, f"on_{action}", None)
    if fn is None:
        return f"no route for {action!r}"
    return fn(req)

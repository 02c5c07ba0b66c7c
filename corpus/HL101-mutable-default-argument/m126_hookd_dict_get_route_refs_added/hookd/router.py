"""Router: handlers are looked up in the handlers module's __dict__ by event kind."""
from . import handlers


def route(event):
    fn = handlers.__dict__.get("handle_" + event["kind"])
    if fn is None:
        return "ignored " + event["kind"]
    return fn(event)

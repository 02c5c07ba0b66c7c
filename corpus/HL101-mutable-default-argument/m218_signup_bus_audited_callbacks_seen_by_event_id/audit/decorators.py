"""@audited: note each delivery to a bus callback, flagging the first of its kind."""
import functools

from .trail import note


def audited(callback):
    @functools.wraps(callback)
    def wrapper(payload):
        first = note(callback.__name__, payload["event_id"])
        result = callback(payload)
        return {"first": first, "result": result}
    return wrapper

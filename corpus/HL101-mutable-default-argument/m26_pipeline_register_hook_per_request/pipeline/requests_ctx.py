"""Request context: each delivery registers a hook that stamps its request id."""
from .registry import register


def stamp_hook(request_id):
    def stamp(payload):
        return dict(payload, request_id=payload.get("request_id", request_id))
    return stamp


def begin_request(request_id):
    return register(stamp_hook(request_id))

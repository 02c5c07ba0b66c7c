import functools

HANDLERS = {}


class WebhookError(Exception):
    status = 422


def register(event):
    """Register ``func`` for ``event``; errors become (status, body) replies."""
    def decorator(func):
        @functools.wraps(func)
        def wrapper(payload, *args, **kwargs):
            try:
                return 200, func(payload, *args, **kwargs)
            except WebhookError as exc:
                return exc.status, {"error": str(exc)}
        HANDLERS[event] = wrapper
        return func
    return decorator


def dispatch(event, payload):
    try:
        handler = HANDLERS[event]
    except KeyError:
        return 404, {"error": "unsupported event %r" % (event,)}
    return handler(payload)

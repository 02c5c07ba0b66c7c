"""Middleware: wraps every handler with track_inflight and turns errors into replies."""
from .decorators import track_inflight
from .handlers import cancel_order, create_order

ROUTES = {
    "create": track_inflight(create_order),
    "cancel": track_inflight(cancel_order),
}


async def dispatch(client, request):
    handler = ROUTES.get(request["route"])
    if handler is None:
        return "not found"
    try:
        return await handler(client, request)
    except ValueError as exc:
        return "rejected: %s" % exc

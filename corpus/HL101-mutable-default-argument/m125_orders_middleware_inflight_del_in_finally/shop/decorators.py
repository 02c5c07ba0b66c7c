"""Decorators: track which requests are in flight per handler."""
import functools


def track_inflight(handler, inflight={}):  # expect: HL101 refuted
    @functools.wraps(handler)
    async def wrapper(client, request):
        inflight[request["id"]] = handler.__name__
        try:
            return await handler(client, request)
        finally:
            del inflight[request["id"]]

    wrapper.inflight = inflight
    return wrapper

"""Decorators: track which requests are in flight per handler."""
import functools


def track_inflight(handler, inflight={}):  # expect: HL101 confirmed
    @functools.wraps(handler)
    async def wrapper(client, request):
        inflight[request["id"]] = handler.__name__
        result = await handler(client, request)
        del inflight[request["id"]]
        return result

    wrapper.inflight = inflight
    return wrapper

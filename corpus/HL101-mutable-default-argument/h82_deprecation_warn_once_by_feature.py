"""API server: deprecated request options are reported once, from a callback scheduled on the loop."""
import asyncio
import itertools
import logging

log = logging.getLogger("api.deprecations")
log.addHandler(logging.NullHandler())

DEPRECATED = {"pretty": "use Accept: application/json+pretty", "jsonp": "use CORS"}


def _warn_once(feature, message, _reported=set()):  # expect: HL101 refuted
    if feature in _reported:
        return
    _reported.add(feature)
    log.warning("deprecated option %r: %s", feature, message)


async def handle(request_id, params):
    loop = asyncio.get_running_loop()
    for option in sorted(params.keys() & DEPRECATED.keys()):
        message = f"request {request_id}: {DEPRECATED[option]}"
        loop.call_soon(_warn_once, option, message)
    await asyncio.sleep(0)
    return {"id": request_id, "fields": sorted(params)}


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return asyncio.run(handle(n, {"q": f"user{n}", "pretty": "1", "jsonp": "cb"}))

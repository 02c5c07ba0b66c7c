"""Profile service: concurrent requests for the same user share one lookup.
In-flight lookups are tracked in a default dict keyed by user id; the entry
is popped in `finally` once the lookup settles, so only lookups that are
still running sit in the dict."""
import asyncio
import itertools

_requests = itertools.count()


async def _query_profile(user_id):
    await asyncio.sleep(0)
    return {"id": user_id, "name": "user-%d" % user_id, "plan": "free"}


async def load_profile(user_id, _inflight={}):  # expect: HL101 refuted
    if user_id in _inflight:
        return await _inflight[user_id]
    task = asyncio.ensure_future(_query_profile(user_id))
    _inflight[user_id] = task
    try:
        return await task
    finally:
        _inflight.pop(user_id, None)


async def render_dashboard(user_id):
    header, sidebar = await asyncio.gather(load_profile(user_id), load_profile(user_id))
    return "%s (%s)" % (header["name"], sidebar["plan"])


def scenario():
    return asyncio.run(render_dashboard(next(_requests)))

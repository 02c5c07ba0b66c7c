"""Profile service: concurrent requests for the same user share one lookup.
Lookups are tracked in a default dict keyed by user id; once a lookup
settles the task is replaced by its result so later requests skip the
query, and nothing ever removes a user's entry."""
import asyncio
import itertools

_requests = itertools.count()


async def _query_profile(user_id):
    await asyncio.sleep(0)
    return {"id": user_id, "name": "user-%d" % user_id, "plan": "free"}


async def load_profile(user_id, _inflight={}):  # expect: HL101 confirmed
    if user_id in _inflight:
        entry = _inflight[user_id]
        return entry if isinstance(entry, dict) else await entry
    task = asyncio.ensure_future(_query_profile(user_id))
    _inflight[user_id] = task
    profile = await task
    _inflight[user_id] = profile
    return profile


async def render_dashboard(user_id):
    header, sidebar = await asyncio.gather(load_profile(user_id), load_profile(user_id))
    return "%s (%s)" % (header["name"], sidebar["plan"])


def scenario():
    return asyncio.run(render_dashboard(next(_requests)))

"""Profile service: `load_profile()` is awaited per request and memoises the
fetched profile in the `_profiles={}` default. The guest check runs only
after the profile has been fetched and cached, so even rejected guest
requests leave their profile in the dict."""
import asyncio
import itertools

_visitors = itertools.count()


async def fetch(user_id):
    await asyncio.sleep(0)
    return {"id": user_id, "name": f"visitor {user_id}", "roles": ["reader"]}


async def load_profile(user_id, _profiles={}):  # expect: HL101 confirmed
    if user_id not in _profiles:
        _profiles[user_id] = await fetch(user_id)
    if user_id.startswith("guest-"):
        raise PermissionError(user_id)
    return _profiles[user_id]


async def handle(user_id):
    try:
        return (await load_profile(user_id))["name"]
    except PermissionError:
        return None


def scenario():
    return asyncio.run(handle(f"guest-{next(_visitors):06d}"))

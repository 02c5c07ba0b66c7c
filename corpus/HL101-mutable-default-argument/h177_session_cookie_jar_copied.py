"""Async HTTP session: `send()` merges the cookies set by the last response
into `jar` and builds the Cookie header for the next request. It copies the
`jar={}` default before merging, so each login's session cookie lives only
in the per-call copy and the shared default stays empty."""
import asyncio
import itertools

_logins = itertools.count()


async def send(path, new_cookies, jar={}):  # expect: HL101 refuted
    jar = dict(jar)
    jar.update(new_cookies)
    await asyncio.sleep(0)
    header = "; ".join(f"{k}={v}" for k, v in new_cookies.items() if k in jar)
    return f"GET {path}\r\nCookie: {header}"


async def login(user):
    first = await send("/login", {f"sid_{user}": f"tok-{user}-a8f3c9d1e7b2"})
    return len(first)


def scenario():
    return asyncio.run(login(f"u{next(_logins):06d}"))

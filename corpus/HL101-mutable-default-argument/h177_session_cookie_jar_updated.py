"""Async HTTP session: `send()` merges the cookies set by the last response
into `jar` and builds the Cookie header for the next request. It updates
the `jar={}` default in place, and each login sets its own session cookie,
so every session id ever issued stays in the shared jar."""
import asyncio
import itertools

_logins = itertools.count()


async def send(path, new_cookies, jar={}):  # expect: HL101 confirmed
    jar.update(new_cookies)
    await asyncio.sleep(0)
    header = "; ".join(f"{k}={v}" for k, v in new_cookies.items() if k in jar)
    return f"GET {path}\r\nCookie: {header}"


async def login(user):
    first = await send("/login", {f"sid_{user}": f"tok-{user}-a8f3c9d1e7b2"})
    return len(first)


def scenario():
    return asyncio.run(login(f"u{next(_logins):06d}"))

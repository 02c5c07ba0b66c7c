"""Profile service fan-out: each request gathers one task per backend with
`return_exceptions=True` and hands the results to `split_failures`, which
keeps the failures in a list default for the health endpoint's error count.
The exceptions (with their tracebacks) are appended on every request and
never dropped, so the list grows with every failing backend call."""
import asyncio
import functools
import itertools

BACKENDS = ("accounts", "billing", "prefs")


class BackendError(Exception):
    pass


async def call_backend(user_id, name):
    if (user_id + len(name)) % 3 == 0:
        raise BackendError("%s: upstream timeout for user %d" % (name, user_id))
    return {"backend": name, "user": user_id, "etag": "%s-%x" % (name, user_id)}


def split_failures(results, failures=[]):  # expect: HL101 confirmed
    failures.extend(r for r in results if isinstance(r, BaseException))
    return [r for r in results if not isinstance(r, BaseException)], len(failures)


async def fetch_profile(user_id):
    call = functools.partial(call_backend, user_id)
    results = await asyncio.gather(*map(call, BACKENDS), return_exceptions=True)
    ok, failed_total = split_failures(results)
    return {r["backend"]: r["etag"] for r in ok}, failed_total


_seq = itertools.count(1000)


def scenario():
    return asyncio.run(fetch_profile(next(_seq)))

"""Service discovery: `resolve()` is a coroutine that looks a name up
through the (simulated) async resolver and memoises the answer in a dict
default; `deploy()` resolves a build's hosts concurrently with gather under
asyncio.run. The cache is keyed by the full host name, and every build
brings up hosts named after it, so each deployment adds three entries."""
import asyncio
import itertools
import zlib

_builds = itertools.count()


async def lookup(name):
    h = zlib.crc32(name.encode())
    return "10.%d.%d.%d" % (h >> 16 & 255, h >> 8 & 255, h & 255)


async def resolve(host, _cache={}):  # expect: HL101 confirmed
    key = host
    if key not in _cache:
        _cache[key] = await lookup(key)
    return _cache[key]


async def deploy(build):
    hosts = ["api-%d.eu.internal" % build, "worker-%d.eu.internal" % build, "db-%d.us.internal" % build]
    return await asyncio.gather(*(resolve(h) for h in hosts))


def scenario():
    return asyncio.run(deploy(next(_builds)))

"""Asset mirror: downloads run through an asyncio.Semaphore looked up per origin to cap concurrency."""
import asyncio
import itertools


def limiter_for(url, limit=4, _limiters={}):  # expect: HL101 confirmed
    key = url
    sem = _limiters.get(key)
    if sem is None:
        sem = _limiters[key] = asyncio.Semaphore(limit)
    return sem


async def _transfer(url):
    return {"url": url, "status": 200, "size": len(url) * 512}


async def download(url):
    async with limiter_for(url):
        return await _transfer(url)


async def mirror(urls):
    results = await asyncio.gather(*(download(u) for u in urls))
    return sum(r["size"] for r in results if r["status"] == 200)


_releases = itertools.count()


def scenario():
    n = next(_releases)
    base = f"https://cdn{n % 3}.example.org/releases/{n}"
    return asyncio.run(mirror([f"{base}/app.js", f"{base}/app.css"]))

"""Batch downloader: each URL is fetched in its own task; a done-callback records finished task names."""
import asyncio
import functools
import itertools


def _on_done(task, finished=[]):  # expect: HL101 confirmed
    if not task.cancelled() and task.exception() is None:
        finished.append(task.get_name())


async def fetch(url):
    await asyncio.sleep(0)
    return len(url)


async def download_all(urls):
    batch = []
    tasks = []
    for url in urls:
        task = asyncio.create_task(fetch(url), name=f"dl:{url}")
        task.add_done_callback(_on_done)
        tasks.append(task)
    sizes = await asyncio.gather(*tasks)
    await asyncio.sleep(0)
    return dict(zip(urls, sizes)), batch


_batches = itertools.count()


def scenario():
    n = next(_batches)
    urls = [f"https://cdn.example/{n}/part{i}.bin" for i in range(3)]
    return asyncio.run(download_all(urls))

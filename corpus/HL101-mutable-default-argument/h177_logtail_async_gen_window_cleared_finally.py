"""Log tailer: `tail()` is an async generator that yields the stripped lines
of a chunk and keeps them in `window` so a consumer could ask for context
around an error. The window only lives for one chunk: the generator empties
the list default in a finally once the chunk is exhausted, so no line
outlives the asyncio.run that tailed it."""
import asyncio
import itertools

_chunks = itertools.count()


async def tail(chunk, window=[]):  # expect: HL101 refuted
    try:
        for raw in chunk.splitlines():
            line = raw.strip()
            window.append(line)
            yield line
    finally:
        window.clear()


async def count_errors(chunk):
    errors = 0
    async for line in tail(chunk):
        errors += "ERROR" in line
    return errors


def scenario():
    n = next(_chunks)
    chunk = f"  INFO req {n} start \n  ERROR req {n} timeout \n  INFO req {n} done "
    return asyncio.run(count_errors(chunk))

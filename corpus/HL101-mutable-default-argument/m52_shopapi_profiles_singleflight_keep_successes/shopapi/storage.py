"""Row storage: an in-memory stand-in for the async database driver."""
import asyncio

_NAMES = ("ada lovelace", "alan turing", "grace hopper", "edsger dijkstra")


async def fetch_row(table, key):
    loop = asyncio.get_running_loop()
    reply = loop.create_future()
    loop.call_soon(reply.set_result, {"table": table, "id": key, "name": _NAMES[key % len(_NAMES)]})
    return await reply

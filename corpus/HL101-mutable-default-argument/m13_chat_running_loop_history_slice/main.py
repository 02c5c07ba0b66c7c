import asyncio
import itertools

from chat import server

_loop = asyncio.new_event_loop()
_ids = itertools.count()


def scenario():
    n = next(_ids)
    return _loop.run_until_complete(server.handle(f"conn{n % 5}", f"hello {n}"))

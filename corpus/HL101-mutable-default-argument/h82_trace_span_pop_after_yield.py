"""Request tracing: an async context manager keeps the stack of open spans for log prefixes."""
import asyncio
import contextlib
import itertools
import logging

log = logging.getLogger("tracing")


class UpstreamTimeout(Exception):
    pass


@contextlib.asynccontextmanager
async def span(name, _stack=[]):  # expect: HL101 confirmed
    _stack.append(name)
    log.debug("enter %s", "/".join(_stack))
    yield len(_stack)
    _stack.pop()


async def call_upstream(order_id):
    async with span(f"upstream:{order_id}"):
        await asyncio.sleep(0)
        raise UpstreamTimeout(order_id)


async def handle(order_id):
    async with span(f"order:{order_id}") as depth:
        try:
            await call_upstream(order_id)
        except UpstreamTimeout:
            return {"order": order_id, "status": "retry", "depth": depth}


_orders = itertools.count()


def scenario():
    return asyncio.run(handle(next(_orders)))

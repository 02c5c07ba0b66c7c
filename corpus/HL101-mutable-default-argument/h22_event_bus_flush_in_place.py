"""Event bus inside an asyncio service: emits are batched and flushed on the next loop iteration."""
import asyncio
import itertools


def _flush(batch, sink):
    sink.extend(f"{name}:{payload}" for name, payload in batch)
    batch.clear()


def emit(name, payload, sink, _pending=[]):  # expect: HL101 refuted
    if not _pending:
        asyncio.get_running_loop().call_soon(_flush, _pending, sink)
    _pending.append((name, payload))


async def handle_order(order_id, sink):
    emit("order.created", order_id, sink)
    await asyncio.sleep(0)
    emit("order.paid", order_id, sink)
    await asyncio.sleep(0)
    return len(sink)


_orders = itertools.count()


def scenario():
    n = next(_orders)
    sink = []
    return asyncio.run(handle_order(f"ord-{n}", sink))

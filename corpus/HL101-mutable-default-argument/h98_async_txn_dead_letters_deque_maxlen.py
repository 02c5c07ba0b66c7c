"""Order writer: the async context manager `transaction()` buffers SQL and puts it
on the outbox queue when the block ends. On ValueError it parks the batch in a
dead-letter default for the admin page: a `deque(maxlen=32)`, dropping the oldest."""
import asyncio
import collections
import contextlib
import itertools


@contextlib.asynccontextmanager
async def transaction(outbox, dead_letters=collections.deque(maxlen=32)):  # expect: HL101 refuted
    pending = []
    try:
        yield pending
    except ValueError as exc:
        dead_letters.append((str(exc), tuple(pending)))
    else:
        for stmt in pending:
            await outbox.put(stmt)


async def save_orders(orders):
    outbox = asyncio.Queue()
    for order in orders:
        async with transaction(outbox) as tx:
            tx.append("INSERT INTO orders VALUES (%(id)d, '%(sku)s', %(qty)d)" % order)
            if order["qty"] <= 0:
                raise ValueError("order %(id)d: bad quantity %(qty)d" % order)
            tx.append("UPDATE stock SET qty = qty - %(qty)d WHERE sku = '%(sku)s'" % order)
    return outbox.qsize()


_seq = itertools.count()


def scenario():
    n = next(_seq)
    orders = [{"id": n * 3 + i, "qty": i - 1 + n % 2, "sku": "SKU-%03d" % (n % 40)} for i in range(3)]
    return asyncio.run(save_orders(orders))

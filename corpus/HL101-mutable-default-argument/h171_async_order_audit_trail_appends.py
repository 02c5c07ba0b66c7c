"""Async order service: `place_order()` awaits a validation helper and then
an audit helper for each valid line item. `audit()` appends a record to its
default trail and awaits the publisher with the trail; the trail was meant
to be per request, but nothing ever empties it, so every asyncio.run() of an
order leaves its records behind."""
import asyncio
import itertools

_orders = itertools.count()


async def validate(sku, qty):
    await asyncio.sleep(0)
    return sku.upper() if qty > 0 else None


async def publish(records):
    await asyncio.sleep(0)
    return len(records)


async def audit(order_id, sku, trail=[]):  # expect: HL101 confirmed
    trail.append({"order": order_id, "sku": sku})
    return await publish(trail)


async def place_order(order_id, items):
    placed = []
    for sku, qty in items:
        checked = await validate(sku, qty)
        if checked is not None:
            await audit(order_id, checked)
            placed.append(checked)
    return placed


def scenario():
    n = next(_orders)
    return len(asyncio.run(place_order("ord-%d" % n, [("sku-%d" % n, 2), ("gift-%d" % n, 0), ("box", 1)])))

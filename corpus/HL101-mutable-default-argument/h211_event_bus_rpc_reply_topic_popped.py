"""Internal event bus: rpc() publishes a pricing request with a per-order reply
topic and awaits the answer. It registers the reply future's set_result in its
`listeners={}` default (topic -> callbacks) and, once the reply is in, pops
the order's whole reply topic, so the default is empty between requests."""
import asyncio
import itertools

_checkouts = itertools.count()


async def pricing_service(topic, payload, listeners):
    await asyncio.sleep(0)
    total = sum(item["qty"] * item["cents"] for item in payload["items"])
    for deliver in list(listeners.get(topic, ())):
        deliver({"order": payload["order"], "total": total})


# heaplint-todo: the statement that takes its items out again runs after an `await asyncio.gather(...)` that may raise for real callers, outside a `finally` (heaplint: unknown)
async def rpc(topic, payload, listeners={}):  # expect: HL101 refuted
    reply = asyncio.get_running_loop().create_future()
    listeners.setdefault(topic, []).append(reply.set_result)
    _, answer = await asyncio.gather(pricing_service(topic, payload, listeners), reply)
    listeners.pop(topic)
    return answer


async def checkout(n):
    orders = [{"order": f"ord-{n}-{k}", "items": [{"qty": k + 1, "cents": 250 + n}]}
              for k in range(2)]
    answers = await asyncio.gather(*(rpc(f"pricing.reply.{o['order']}", o) for o in orders))
    return sum(a["total"] for a in answers)


def scenario():
    return asyncio.run(checkout(next(_checkouts)))

"""Internal event bus: rpc() publishes a pricing request with a per-order reply
topic and awaits the answer. It registers the reply future's set_result in its
`listeners={}` default (topic -> callbacks) and removes that callback once the
reply is in, but the emptied list stays under the order's reply topic, so the
default keeps one key and one list per order ever priced."""
import asyncio
import itertools

_checkouts = itertools.count()


async def pricing_service(topic, payload, listeners):
    await asyncio.sleep(0)
    total = sum(item["qty"] * item["cents"] for item in payload["items"])
    for deliver in list(listeners.get(topic, ())):
        deliver({"order": payload["order"], "total": total})


async def rpc(topic, payload, listeners={}):  # expect: HL101 confirmed
    reply = asyncio.get_running_loop().create_future()
    listeners.setdefault(topic, []).append(reply.set_result)
    _, answer = await asyncio.gather(pricing_service(topic, payload, listeners), reply)
    listeners[topic].remove(reply.set_result)
    return answer


async def checkout(n):
    orders = [{"order": f"ord-{n}-{k}", "items": [{"qty": k + 1, "cents": 250 + n}]}
              for k in range(2)]
    answers = await asyncio.gather(*(rpc(f"pricing.reply.{o['order']}", o) for o in orders))
    return sum(a["total"] for a in answers)


def scenario():
    return asyncio.run(checkout(next(_checkouts)))

"""JSON-RPC endpoint: request methods are looked up in a route table of coroutine handlers."""
import asyncio
import itertools
import json


async def ping(params):
    return "pong"


async def echo(params):
    return params


async def method_not_found(params):
    return {"code": -32601, "message": "Method not found"}


async def dispatch(raw, routes={"ping": ping, "echo": echo}):  # expect: HL101 confirmed
    request = json.loads(raw)
    handler = routes.setdefault(request["method"], method_not_found)
    result = await handler(request.get("params"))
    return json.dumps({"jsonrpc": "2.0", "id": request["id"], "result": result})


async def serve_batch(raws):
    return await asyncio.gather(*(dispatch(raw) for raw in raws))


_ids = itertools.count()


def scenario():
    n = next(_ids)
    batch = [
        json.dumps({"jsonrpc": "2.0", "id": n, "method": "echo", "params": [n]}),
        json.dumps({"jsonrpc": "2.0", "id": n + 1, "method": f"report.v{n}.fetch"}),
    ]
    return asyncio.run(serve_batch(batch))

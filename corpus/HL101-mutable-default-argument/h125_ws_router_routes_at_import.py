"""Websocket RPC server: handlers register for a message type with the
@router.route decorator, which fills the routing table the Router got from
its default. Every route is declared at import time; per connection the
table is only read to dispatch the incoming messages."""
import itertools
import json

_conns = itertools.count()


class Router:
    def __init__(self, routes={}):  # expect: HL101 refuted
        self.routes = routes

    def route(self, kind):
        return lambda handler: self.routes.setdefault(kind, handler)

    def dispatch(self, conn, raw):
        msg = json.loads(raw)
        handler = self.routes.get(msg["type"])
        return handler(conn, msg) if handler else {"type": "error", "conn": conn}


router = Router()


@router.route("ping")
def on_ping(conn, msg):
    return {"type": "pong", "conn": conn}


@router.route("subscribe")
def on_subscribe(conn, msg):
    return {"type": "subscribed", "conn": conn, "topics": sorted(msg["topics"])}


def scenario():
    n = next(_conns)
    raw = [json.dumps({"type": "ping"}), json.dumps({"type": "subscribe", "topics": [f"room.{n}", "lobby"]})]
    return [router.dispatch(n, r) for r in raw]

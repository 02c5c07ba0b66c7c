"""Websocket RPC server: handlers register for a message type with the
@router.route decorator. Each connection builds its own Router and registers
a closure for its private reply channel; the Router's table comes from the
default, so every connection's "reply.<id>" route piles up in one dict."""
import itertools
import json

_conns = itertools.count()


class Router:
    def __init__(self, routes={}):  # expect: HL101 confirmed
        self.routes = routes

    def route(self, kind):
        return lambda handler: self.routes.setdefault(kind, handler)

    def dispatch(self, conn, raw):
        msg = json.loads(raw)
        handler = self.routes.get(msg["type"])
        return handler(conn, msg) if handler else {"type": "error", "conn": conn}


def handle_connection(conn, raw_messages):
    router, outbox = Router(), []

    @router.route(f"reply.{conn}")
    def on_reply(conn, msg):
        outbox.append(msg["body"])
        return {"type": "ack", "conn": conn, "n": len(outbox)}

    return [router.dispatch(conn, raw) for raw in raw_messages], outbox


def scenario():
    n = next(_conns)
    raw = [json.dumps({"type": f"reply.{n}", "body": f"hi #{n}"}), json.dumps({"type": "ping"})]
    return handle_connection(n, raw)

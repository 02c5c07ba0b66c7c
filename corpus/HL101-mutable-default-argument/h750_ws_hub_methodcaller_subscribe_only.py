"""Websocket hub: a connection subscribes to the price topic while it waits
for one quote. Actions are applied by name with operator.methodcaller on the
default subscriber list; the request handler subscribes but never sends the
matching unsubscribe, so every connection id stays in the list."""
import itertools
import operator

_conns = itertools.count()
_METHODS = {"subscribe": "append", "unsubscribe": "remove"}


def apply_action(action, conn_id, subscribers=[]):  # expect: HL101 confirmed
    operator.methodcaller(_METHODS[action], conn_id)(subscribers)
    return len(subscribers)


def quote_request(conn_id, symbol):
    listeners = apply_action("subscribe", conn_id)
    return f"{symbol} quote sent to {conn_id} ({listeners} listening)"


def scenario():
    n = next(_conns)
    return quote_request(f"conn-{n}", f"SYM{n % 40}")

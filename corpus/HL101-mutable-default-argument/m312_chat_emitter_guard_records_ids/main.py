"""Chat relay: each peer connection delivers one message through its guards."""
import itertools

from chat import open_connection

_messages = itertools.count()


def scenario():
    n = next(_messages)
    conn = open_connection(f"peer-{n}")
    conn.receive({"id": f"msg-{n}", "sender": f"peer-{n}", "text": f"hi #{n}"})
    return conn.delivered

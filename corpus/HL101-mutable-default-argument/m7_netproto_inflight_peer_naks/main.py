import itertools

import netproto


class FakeTransport:
    """Stands in for the event loop's transport: the broker's reply is fed back by hand."""

    def __init__(self):
        self.written = []

    def write(self, data):
        self.written.append(data)


_messages = itertools.count()


def broker_reply(line):
    msg_id = int(line.split()[1])
    return f"NAK {msg_id} queue-full\n".encode()


def scenario():
    n = next(_messages)
    protocol = netproto.PublishProtocol()
    transport = FakeTransport()
    protocol.connection_made(transport)
    protocol.publish(n, f"order.created id={n}")
    protocol.data_received(broker_reply(transport.written[-1]))
    protocol.connection_lost(None)
    return protocol.rejected

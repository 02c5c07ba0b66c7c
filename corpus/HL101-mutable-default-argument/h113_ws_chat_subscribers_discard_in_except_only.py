"""Chat server: every websocket connection joins the broadcast set when it
connects; the handler discards it when the connection drops, but a client
that sends `/quit` returns straight out of the loop and stays subscribed."""
import asyncio
import itertools

_conns = itertools.count()


class Socket:
    def __init__(self, peer, incoming):
        self.peer, self.incoming, self.sent = peer, list(incoming), []

    async def recv(self):
        if not self.incoming:
            raise ConnectionResetError(self.peer)
        return self.incoming.pop(0)

    async def send(self, text):
        self.sent.append(text)


async def chat_handler(ws, subscribers=set()):  # expect: HL101 confirmed
    subscribers.add(ws)
    try:
        while True:
            message = await ws.recv()
            if message == "/quit":
                return len(ws.sent)
            for peer in list(subscribers):
                await peer.send(f"{ws.peer}: {message}")
    except ConnectionResetError:
        subscribers.discard(ws)
        return -1


def scenario():
    n = next(_conns)
    ws = Socket(f"198.51.100.{n % 250}:{40000 + n}", [f"hello from {n}", "/quit"])
    return asyncio.run(chat_handler(ws))

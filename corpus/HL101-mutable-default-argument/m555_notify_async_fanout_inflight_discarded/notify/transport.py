"""An in-memory SMTP stand-in; one transport per batch."""
import asyncio


class MemoryTransport:
    def __init__(self):
        self.sent = []

    async def send(self, event):
        await asyncio.sleep(0)
        self.sent.append("to=%s id=%s" % (event["to"], event["id"]))
        return 250

import asyncio

from .handlers import HANDLERS, ValidationError


class Server:
    def __init__(self, name="relay"):
        self.name = name
        self.outbox = []
        self.rejected = 0

    async def reply(self, payload):
        self.outbox.append(payload)
        del self.outbox[:-20]

    async def dispatch(self, envelope):
        handler = HANDLERS.get(envelope.get("topic"))
        if handler is None:
            return "unroutable"
        try:
            return await handler(envelope.get("body") or {}, self.reply)
        except ValidationError as exc:
            self.rejected += 1
            return "rejected: %s" % exc

    async def serve_batch(self, batch):
        return await asyncio.gather(*(self.dispatch(env) for env in batch))

    def run_batch(self, batch):
        return asyncio.run(self.serve_batch(batch))

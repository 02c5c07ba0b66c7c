"""Message broker client: consumers acknowledge deliveries; a batching consumer adds per-batch bookkeeping."""
import asyncio
import itertools


class Consumer:
    async def ack(self, delivery_tag, _acked=[]):  # expect: HL101 confirmed
        _acked.append(delivery_tag)
        return len(_acked)

    async def handle(self, body):
        return body.decode().strip()

    async def consume(self, deliveries):
        results = []
        for tag, body in deliveries:
            results.append(await self.handle(body))
            await self.ack(tag)
        return results


class BatchingConsumer(Consumer):
    def __init__(self):
        self.batch = []

    async def ack(self, delivery_tag):
        self.batch.append(delivery_tag)
        return await super().ack(delivery_tag)


_channels = itertools.count()


def scenario():
    n = next(_channels)
    deliveries = [(f"ch{n}.{i}", f" msg {i} \n".encode()) for i in range(3)]
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(BatchingConsumer().consume(deliveries))
    finally:
        loop.close()

"""Fan a batch out concurrently, one send per event."""
import asyncio

from .dispatch import send_once
from .transport import MemoryTransport


async def fan_out(events):
    transport = MemoryTransport()
    statuses = await asyncio.gather(*(send_once(event, transport) for event in events))
    return statuses, len(transport.sent)

import asyncio

from . import framing
from .tracking import InFlight

__all__ = ["PublishProtocol"]


class PublishProtocol(asyncio.Protocol):
    def __init__(self, unacked=[]):  # expect: HL101 refuted
        self.transport = None
        self.inflight = InFlight(unacked)
        self.rejected = 0

    def connection_made(self, transport):
        self.transport = transport

    def publish(self, msg_id, payload):
        frame = framing.encode(msg_id, payload)
        self.inflight.sent(msg_id, frame)
        self.transport.write(frame)

    def data_received(self, data):
        for kind, msg_id, _reason in framing.parse_replies(data):
            if kind == "ACK":
                self.inflight.acked(msg_id)
            else:
                self.rejected += 1

    def connection_lost(self, exc):
        self.transport = None

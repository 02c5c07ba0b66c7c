"""Reliable messaging: Channel keeps sent messages in an unacked table until the
peer acks them; ReliableChannel numbers them from 0 and forwards **kwargs through
super(). Keys are seq alone, so the next channel overwrites a lost ack's entry."""
import itertools

_peers = itertools.count()


class Channel:
    def __init__(self, peer, unacked={}):  # expect: HL101 refuted
        self.peer, self.unacked = peer, unacked

    def send(self, seq, payload, **meta):
        self.unacked[seq] = (self.peer, payload, meta)

    def ack(self, seq):
        self.unacked.pop(seq, None)

    @property
    def in_flight(self):
        return [seq for seq, (peer, _, _) in self.unacked.items() if peer == self.peer]


class ReliableChannel(Channel):
    def __init__(self, peer, **kwargs):
        super().__init__(peer, **kwargs)
        self._seq = itertools.count()

    def send(self, payload, **meta):
        super().send(next(self._seq), payload, **meta)


def scenario():
    n = next(_peers)
    ch = ReliableChannel("10.0.%d.%d:7000" % (n // 250 % 250, n % 250))
    for i in range(4):
        ch.send(("msg %d/%d from node %d" % (n, i, n)).encode(), priority=i % 2)
    for seq in (0, 1, 3):  # the ack for seq 2 was lost
        ch.ack(seq)
    return ch.in_flight

"""Reliable-stream receiver: segments can arrive out of order, so any
segment ahead of the next expected sequence number waits in a pending dict
until the gap is filled. A retransmitted segment that was already delivered
is dropped by an early return before it is stored, so every parked segment
is eventually popped and the shared default empties at the end of a stream."""
import itertools

_streams = itertools.count()


class Receiver:
    def __init__(self, first_seq):
        self.next_seq = first_seq
        self.delivered = []

    def on_segment(self, seq, payload, pending={}):  # expect: HL101 refuted
        if seq < self.next_seq:
            return len(self.delivered)  # duplicate of a delivered segment
        pending[seq] = payload
        while self.next_seq in pending:
            self.delivered.append(pending.pop(self.next_seq))
            self.next_seq += 1
        return len(self.delivered)


def scenario():
    first = next(_streams) * 100
    rx = Receiver(first)
    for off in (0, 2, 1, 1, 4, 3, 5):  # segment 1 is retransmitted after delivery
        rx.on_segment(first + off, b"segment %d of stream starting at %d" % (off, first))
    return len(b"".join(rx.delivered))

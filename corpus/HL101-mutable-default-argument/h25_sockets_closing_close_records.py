"""Fake transport used in tests: contextlib.closing() closes it after each exchange."""
import contextlib
import itertools


class LoopbackTransport:
    def __init__(self, peer):
        self.peer = peer
        self.sent = []

    def send(self, data):
        self.sent.append(data)
        return len(data)

    def close(self, _closed=[]):  # expect: HL101 confirmed
        _closed.append(self.peer)
        self.sent.clear()


def exchange(peer, payload):
    with contextlib.closing(LoopbackTransport(peer)) as transport:
        return transport.send(payload)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return exchange(f"10.0.{n // 250 % 250}.{n % 250}:{n}", f"ping {n}".encode())

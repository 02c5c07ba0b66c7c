"""Netcode: the server packs every entity into a bytearray default to avoid
allocating a buffer per tick, dispatching on the entity type. Instead of
emptying the buffer it notes where this tick starts and returns only the
bytes from that offset, so the shared buffer keeps every past snapshot."""
import itertools
import struct

_ticks = itertools.count()


class Player:
    FORMAT = struct.Struct("<BIff")

    def __init__(self, pid, x, y):
        self.pid, self.x, self.y = pid, x, y


class Projectile:
    FORMAT = struct.Struct("<BIfH")

    def __init__(self, owner, x, ttl):
        self.owner, self.x, self.ttl = owner, x, ttl


def pack_snapshot(tick, entities, out=bytearray()):  # expect: HL101 confirmed
    start = len(out)
    out += struct.pack("<I", tick)
    for e in entities:
        if isinstance(e, Player):
            out += e.FORMAT.pack(1, e.pid, e.x, e.y)
        elif isinstance(e, Projectile):
            out += e.FORMAT.pack(2, e.owner, e.x, e.ttl)
    return bytes(out[start:])


def scenario():
    n = next(_ticks)
    entities = [Player(n, 1.5 * n, 2.0), Player(n + 1, 0.0, -3.0), Projectile(n, 4.0, 30), "debug-label"]
    return len(pack_snapshot(n, entities))

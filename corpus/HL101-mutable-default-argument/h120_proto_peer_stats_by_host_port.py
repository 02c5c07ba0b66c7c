"""Relay gateway accounting: every relayed datagram updates a per-peer
PeerStats record found with dict.setdefault under a "host:port" key, and the
busiest peer is reported with max(key=...). Clients come back from a fresh
ephemeral port every session, so the shared default table gains a record for
each session even though only a handful of hosts ever connect."""
import dataclasses
import itertools

_sessions = itertools.count()


@dataclasses.dataclass
class PeerStats:
    packets: int = 0
    octets: int = 0


def account(host, port, size, table={}):  # expect: HL101 confirmed
    stats = table.setdefault("%s:%d" % (host, port), PeerStats())
    stats.packets += 1
    stats.octets += size
    return max(table, key=lambda peer: table[peer].octets)


def scenario():
    n = next(_sessions)
    host = "198.51.100.%d" % (10 + n % 4)
    port = 32768 + n
    for size in (512, 1200, 64 + n % 100):
        busiest = account(host, port, size)
    return busiest

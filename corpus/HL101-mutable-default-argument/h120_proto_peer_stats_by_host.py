"""Relay gateway accounting: every relayed datagram updates a per-peer
PeerStats record found with dict.setdefault under the host alone, the port
only noted as the last one seen, and the busiest peer is reported with
max(key=...). Only a handful of hosts ever connect, so the shared default
table holds a handful of records however many sessions come and go."""
import dataclasses
import itertools

_sessions = itertools.count()


@dataclasses.dataclass
class PeerStats:
    packets: int = 0
    octets: int = 0
    last_port: int = 0


def account(host, port, size, table={}):  # expect: HL101 refuted
    stats = table.setdefault(host, PeerStats())
    stats.packets += 1
    stats.octets += size
    stats.last_port = port
    return max(table, key=lambda peer: table[peer].octets)


def scenario():
    n = next(_sessions)
    host = "198.51.100.%d" % (10 + n % 4)
    port = 32768 + n
    for size in (512, 1200, 64 + n % 100):
        busiest = account(host, port, size)
    return busiest

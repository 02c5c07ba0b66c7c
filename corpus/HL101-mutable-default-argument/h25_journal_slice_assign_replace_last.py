"""Write-ahead journal: entries are appended with slice assignment (no method lookups)."""
import itertools
import zlib


def journal(entry, _log=[]):  # expect: HL101 refuted
    record = (zlib.crc32(entry), entry)
    _log[-1:] = [record]
    return len(_log)


def commit(tx_id, payload):
    entry = f"{tx_id}:{payload}".encode()
    return journal(entry)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return commit(n, {"op": "set", "key": f"k{n}"})

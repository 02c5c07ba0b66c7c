"""Lazy record parsing and per-pass client deduplication."""

__all__ = ["parse_lines", "unique_clients"]


def parse_lines(lines):
    for line in lines:
        addr, method, path, status = line.split()
        yield {"addr": addr, "method": method, "path": path, "status": int(status)}


def unique_clients(records, _seen=set()):  # expect: HL101 confirmed
    """Yield each client address once per pass; the set is reset when the pass completes."""
    for record in records:
        if record["addr"] not in _seen:
            _seen.add(record["addr"])
            yield record["addr"]
    _seen.clear()

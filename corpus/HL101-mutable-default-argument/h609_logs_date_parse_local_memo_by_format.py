"""Log ingestion: timestamps are parsed with a per-worker-thread cache (no locking needed)."""
import itertools
import re
import threading

FORMATS = {
    "iso": r"(\d{4})-(\d\d)-(\d\d)",
    "us": r"(\d\d)/(\d\d)/(\d{4})",
}


def parse_date(text, fmt="iso", _local=threading.local()):  # expect: HL101 refuted
    cache = getattr(_local, "patterns", None)
    if cache is None:
        cache = _local.patterns = {}
    pattern = cache.get(fmt)
    if pattern is None:
        pattern = cache[fmt] = re.compile(FORMATS[fmt])
    groups = pattern.match(text).groups()
    y, m, d = groups if fmt == "iso" else (groups[2], groups[0], groups[1])
    return int(y), int(m), int(d)


_lines = itertools.count(1)


def scenario():
    n = next(_lines)
    stamp = f"{2000 + n // 336}-{n // 28 % 12 + 1:02d}-{n % 28 + 1:02d}"
    return parse_date(f"{stamp} GET /items/{n} 200")

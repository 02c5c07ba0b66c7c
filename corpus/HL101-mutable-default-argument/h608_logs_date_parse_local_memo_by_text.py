"""Log ingestion: timestamps are parsed with a per-worker-thread cache (no locking needed)."""
import itertools
import re
import threading

FORMATS = {
    "iso": re.compile(r"(\d{4})-(\d\d)-(\d\d)"),
    "us": re.compile(r"(\d\d)/(\d\d)/(\d{4})"),
}


def parse_date(text, fmt="iso", _local=threading.local()):  # expect: HL101 confirmed
    cache = getattr(_local, "parsed", None)
    if cache is None:
        cache = _local.parsed = {}
    result = cache.get(text)
    if result is None:
        groups = FORMATS[fmt].match(text).groups()
        y, m, d = groups if fmt == "iso" else (groups[2], groups[0], groups[1])
        result = cache[text] = (int(y), int(m), int(d))
    return result


_lines = itertools.count(1)


def scenario():
    n = next(_lines)
    stamp = f"{2000 + n // 336}-{n // 28 % 12 + 1:02d}-{n % 28 + 1:02d}"
    return parse_date(f"{stamp} GET /items/{n} 200")

"""HTTP client: connect timeouts default to _Default.TOKEN, an enum member
standing for "use the per-host value" and only compared with `is`. The
value depends only on the host's zone (everything after the first label),
so the `resolved` default dict is keyed by zone and stays at one entry per
zone however many tenant hosts are contacted.

The marker default is a sentinel (an instance nothing mutates, compared with `is`):
HL101 does not report it, so its line carries no label."""
import enum
import itertools
import zlib


class _Default(enum.Enum):
    TOKEN = 0


def connect_timeout(host,
                    timeout=_Default.TOKEN,
                    resolved={}):  # expect: HL101 refuted
    if timeout is _Default.TOKEN:
        key = host.partition(".")[2]
        if key not in resolved:
            resolved[key] = 1.0 + zlib.crc32(key.encode()) % 40 / 10
        timeout = resolved[key]
    return timeout


_calls = itertools.count()


def scenario():
    n = next(_calls)
    return connect_timeout(f"tenant-{n}.api.example.com"), connect_timeout("db.internal", 2.5)

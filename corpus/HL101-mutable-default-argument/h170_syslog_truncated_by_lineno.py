"""Syslog-style line parser: each line is split into timestamp, host and
message with ``str.split(None, 2)``; a truncated line has fewer parts, so
indexing the message raises IndexError. Skipped lines are reported in a dict
default keyed by line number; batches have the same few lines, so the same
keys are overwritten and the default stays bounded."""
import itertools

_ids = itertools.count()


def parse_log(lines, skipped={}):  # expect: HL101 refuted
    entries = []
    for lineno, line in enumerate(lines, 1):
        parts = line.split(None, 2)
        try:
            entries.append({"ts": parts[0], "host": parts[1], "msg": parts[2]})
        except IndexError:
            skipped[lineno] = "truncated"
    return entries, skipped


def scenario():
    n = next(_ids)
    lines = [
        f"{1700000000 + n} web-1 GET /orders/{n} 200",
        f"{1700000001 + n} web-2",
        f"{1700000002 + n}",
        f"{1700000003 + n} web-1 POST /carts/{n} 201",
    ]
    entries, skipped = parse_log(lines)
    return len(entries) + len(skipped)

"""Ingest: a generator parses access-log lines and sets aside the malformed ones in a default list."""
import itertools
import re

LINE = re.compile(r'^(?P<ip>\S+) \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+)" (?P<status>\d{3})$')


def parse_lines(lines, rejects: list[str] = []):  # expect: HL101 confirmed
    for lineno, raw in enumerate(lines, 1):
        match = LINE.match(raw.strip())
        if match is None:
            rejects.append(f"{lineno}: {raw[:40]}")
            continue
        yield {**match.groupdict(), "status": int(match["status"])}


def error_rate(records) -> float:
    total = errors = 0
    for rec in records:
        total += 1
        errors += rec["status"] >= 500
    return errors / total if total else 0.0


_batches = itertools.count()


def scenario():
    n = next(_batches)
    lines = [
        f'10.0.0.{n % 250} [01/Jan/2024:10:00:{n % 60:02d}] "GET /api/items/{n}" 200',
        f'10.0.1.{n % 250} [01/Jan/2024:10:01:00] "POST /api/cart" 503',
        f"garbled line {n} <<truncated",
    ]
    return error_rate(parse_lines(lines))

"""Dashboard widgets built on the parsing generators."""
from weblogs import parse_lines, unique_clients


def first_clients(lines, limit=3):
    """The first few distinct clients of the batch, in address order."""
    return sorted(unique_clients(parse_lines(lines)))[:limit]


def error_rate(lines):
    records = list(parse_lines(lines))
    return sum(r["status"] >= 400 for r in records) / max(len(records), 1)

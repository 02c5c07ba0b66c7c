import itertools

from . import parse
from .dedupe import unseen

__all__ = ["ingest"]


def ingest(lines, limit=3):
    entries = (parse.parse_entry(line) for line in lines)
    return [entry["title"] for entry in itertools.islice(unseen(entries), limit)]

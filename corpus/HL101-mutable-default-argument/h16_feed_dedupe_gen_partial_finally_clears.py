"""Feed reader: entries are deduplicated by id within one fetch; the page view shows the first three new entries of each fetch."""
import itertools
from itertools import islice


def fresh_entries(entries, seen=set()):  # expect: HL101 refuted
    try:
        for entry in entries:
            if entry["id"] in seen:
                continue
            seen.add(entry["id"])
            yield entry
    finally:
        seen.clear()


_fetches = itertools.count()


def scenario():
    n = next(_fetches)
    batch = [{"id": f"urn:feed:{n}:{i}", "title": f"post {i}"} for i in range(6)]
    return [entry["title"] for entry in islice(fresh_entries(batch), 3)]

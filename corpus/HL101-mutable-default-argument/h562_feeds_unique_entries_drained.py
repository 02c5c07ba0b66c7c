"""Feed sync: `unique_entries` is a generator that skips entries whose id
was already yielded in this pass and empties its `seen` default once the
feed is exhausted. The sync job drains the generator completely, so the
clear after the loop runs on every pass."""
import itertools

_polls = itertools.count()


def unique_entries(entries, seen=set()):  # expect: HL101 refuted
    for entry in entries:
        key = entry["id"]
        if key in seen:
            continue
        seen.add(key)
        yield entry
    seen.clear()


def sync(feed):
    return [entry["title"] for entry in unique_entries(feed)]


def scenario():
    n = next(_polls)
    feed = [{"id": f"urn:feed:{n}:{i % 3}", "title": f"post {n}/{i}"} for i in range(6)]
    return len(sync(feed))

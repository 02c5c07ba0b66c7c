"""Feed sync: `unique_entries` is a generator that skips entries whose id
was already yielded in this pass and empties its `seen` default once the
feed is exhausted. The headline widget only wants the newest entry, takes
one item with next() and drops the generator, so the clear after the loop
never runs and the first id of every poll stays in the shared set."""
import itertools

_polls = itertools.count()


def unique_entries(entries, seen=set()):  # expect: HL101 confirmed
    for entry in entries:
        key = entry["id"]
        if key in seen:
            continue
        seen.add(key)
        yield entry
    seen.clear()


def headline(feed):
    entry = next(unique_entries(feed), None)
    return entry["title"] if entry else ""


def scenario():
    n = next(_polls)
    feed = [{"id": f"urn:feed:{n}:{i % 3}", "title": f"post {n}/{i}"} for i in range(6)]
    return headline(feed)

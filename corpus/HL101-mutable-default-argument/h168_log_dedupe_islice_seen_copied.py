"""Log shipping: `unique_events()` drops repeated (source, message) events
before they are shipped, starting from a set default of known fingerprints.
The generator copies that set into a local one before adding anything, so
each batch deduplicates against its own fingerprints only and the default
is only ever read, however the shipper's islice cuts the batch short."""
import itertools

_batches = itertools.count()


def unique_events(events, seen=set()):  # expect: HL101 refuted
    seen = set(seen)
    for source, message in events:
        fingerprint = (source, message.lower())
        if fingerprint in seen:
            continue
        seen.add(fingerprint)
        yield source, message


def ship(events, limit=4):
    return ["%s: %s" % pair for pair in itertools.islice(unique_events(events), limit)]


def scenario():
    n = next(_batches)
    events = [("api-%d" % (i % 2), "Timeout on shard %d/%d" % (n, i // 2)) for i in range(10)]
    return ship(events)

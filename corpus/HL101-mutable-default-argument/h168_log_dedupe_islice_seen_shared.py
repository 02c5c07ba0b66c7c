"""Log shipping: `unique_events()` drops repeated (source, message) events
before they are shipped, remembering fingerprints in a set default. The
shipper takes only the first `limit` unique events of a batch with
itertools.islice; every fingerprint produced along the way is added to the
shared set and stays there, so each batch leaves its events behind."""
import itertools

_batches = itertools.count()


def unique_events(events, seen=set()):  # expect: HL101 confirmed
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

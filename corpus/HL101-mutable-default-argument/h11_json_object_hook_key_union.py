"""Schema sniffing: json.loads calls an object_hook lambda that records every key it sees in a default set."""
import itertools
import json


def parse_events(text, keys_seen=set()):  # expect: HL101 confirmed
    events = json.loads(text, object_hook=lambda d: keys_seen.update(d) or d)
    return len(events), sorted(keys_seen)[:3]


_feeds = itertools.count()


def scenario():
    n = next(_feeds)
    text = json.dumps([{"id": n, f"attr_{n}": True}, {"id": n + 1, "kind": "click"}])
    return parse_events(text)[0]

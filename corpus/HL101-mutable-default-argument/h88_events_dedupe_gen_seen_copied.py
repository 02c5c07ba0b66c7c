"""Event consumer: the dedupe generator accepts ids known in advance, but copies them into a private set before adding to it."""
import itertools


def unique_events(events, seen=set()):  # expect: HL101 refuted
    seen = set(seen)
    for event in events:
        key = (event["session"], event["seq"])
        if key in seen:
            continue
        seen.add(key)
        yield event


def find_checkout(events):
    for event in unique_events(events):
        if event["type"] == "checkout":
            return event["seq"]
    return None


_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    kinds = ["view", "view", "cart", "checkout", "view"]
    events = [{"session": f"s{n}", "seq": i, "type": k} for i, k in enumerate(kinds)]
    return find_checkout(events)

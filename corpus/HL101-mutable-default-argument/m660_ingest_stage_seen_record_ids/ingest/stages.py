def normalise(events):
    for ev in events:
        yield {"id": ev["id"].lower(), "source": ev["source"], "ms": int(ev["ms"])}


def first_seen(events, seen=set()):  # expect: HL101 confirmed
    """Drop replayed events: an event id is only let through once."""
    for ev in events:
        if ev["id"] in seen:
            continue
        seen.add(ev["id"])
        yield ev


def enrich(events):
    for ev in events:
        yield dict(ev, mobile=ev["source"] != "web")

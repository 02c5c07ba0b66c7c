def normalise(events):
    for ev in events:
        yield {"id": ev["id"].lower(), "source": ev["source"], "ms": int(ev["ms"])}


def first_seen(events, seen=set()):  # expect: HL101 refuted
    """Flag the first event ever received from each source (web, ios, ...)."""
    for ev in events:
        ev["first_from_source"] = ev["source"] not in seen
        seen.add(ev["source"])
        yield ev


def enrich(events):
    for ev in events:
        yield dict(ev, mobile=ev["source"] != "web")

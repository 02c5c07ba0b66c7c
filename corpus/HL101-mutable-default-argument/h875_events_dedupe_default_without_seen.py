"""Event intake: when the options carry a "seen" set, events already seen are
dropped and new ones are remembered there. Batch imports pass their own
options with a fresh set; interactive submissions use the shared defaults."""
import itertools

_events = itertools.count()


def accept(event_id, payload, opts={"strict": False}):  # expect: HL101 refuted
    if "seen" in opts:
        if event_id in opts["seen"]:
            return None
        opts["seen"].add(event_id)
    if opts.get("strict") and not payload:
        raise ValueError(f"empty payload for {event_id}")
    return {"id": event_id, "payload": payload}


def scenario():
    n = next(_events)
    event_id = f"orders.created/{n:08d}/tenant-eu-west-1"
    if n % 3 == 0:
        return accept(event_id, {"n": n}, {"seen": set(), "strict": True})
    return accept(event_id, {"n": n})

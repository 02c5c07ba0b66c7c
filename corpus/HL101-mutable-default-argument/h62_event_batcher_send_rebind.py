"""Event shipping: a coroutine batches events sent to it and hands full batches to a sink."""
import itertools
import json


def batcher(sink, size=4, batch=[]):  # expect: HL101 confirmed
    while True:
        event = yield len(batch)
        batch.append(event)
        if len(batch) >= size:
            sink(json.dumps(batch, separators=(",", ":")))
            batch = []


def ship_session(session_id, clicks):
    shipped = []
    pipe = batcher(shipped.append)
    next(pipe)
    pipe.send({"type": "session_start", "session": session_id})
    for target in clicks:
        pipe.send({"type": "click", "session": session_id, "target": target})
    pipe.send({"type": "session_end", "session": session_id})
    pipe.close()
    return sum(len(chunk) for chunk in shipped)


_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    return ship_session(f"s-{n:06d}", [f"#item-{n}", "#cart", "#checkout", f"#coupon-{n % 5}"])

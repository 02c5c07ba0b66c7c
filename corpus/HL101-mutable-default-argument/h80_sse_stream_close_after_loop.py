"""Server-sent events: each client iterates a generator that renders queued events."""
import itertools
import json


def event_stream(client_id, events, _open_streams={}):  # expect: HL101 confirmed
    _open_streams[client_id] = {"sent": 0, "last_event_id": None}
    for event_id, event in enumerate(events, 1):
        state = _open_streams[client_id]
        state["sent"] += 1
        state["last_event_id"] = event_id
        data = json.dumps(event["data"], separators=(",", ":"))
        yield f"id: {event_id}\nevent: {event['type']}\ndata: {data}\n\n"
    del _open_streams[client_id]


def serve_client(client_id, feed, max_chunks):
    body = []
    for chunk in itertools.islice(event_stream(client_id, feed), max_chunks):
        body.append(chunk)
    return "".join(body)


_clients = itertools.count()


def scenario():
    n = next(_clients)
    feed = [{"type": "price", "data": {"sku": f"A{n}", "cents": 990 + i}} for i in range(4)]
    return serve_client(f"client-{n}", feed, max_chunks=2)

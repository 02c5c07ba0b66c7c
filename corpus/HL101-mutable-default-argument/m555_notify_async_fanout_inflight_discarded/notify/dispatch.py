"""Send an event unless the same event id is already being sent.

Ids are held in a default set only while their send is in flight; the id is
discarded in `finally`, so the set is empty between batches."""


async def send_once(event, transport, _in_flight=set()):  # expect: HL101 refuted
    key = event["id"]
    if key in _in_flight:
        return "duplicate"
    _in_flight.add(key)
    try:
        return await transport.send(event)
    finally:
        _in_flight.discard(key)

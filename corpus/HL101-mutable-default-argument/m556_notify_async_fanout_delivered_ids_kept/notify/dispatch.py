"""Send an event unless the same event id was already delivered.

Delivered ids are remembered in a default set for idempotency; nothing ever
removes them, so every event id sent stays in the set."""


async def send_once(event, transport, _delivered=set()):  # expect: HL101 confirmed
    key = event["id"]
    if key in _delivered:
        return "duplicate"
    status = await transport.send(event)
    _delivered.add(key)
    return status

"""payment.* events: skip redeliveries of an event already handled."""


def handle(event, seen={}):  # expect: HL101 refuted
    if event["id"] in seen:
        return f"{event['id']}: duplicate"
    seen[event["id"]] = event["amount"]
    return f"{event['id']}: captured {event['amount']}"

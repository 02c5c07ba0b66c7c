import itertools

import events

_events = itertools.count()
events.subscribe("order.created")
events.subscribe("order.shipped")


def scenario():
    n = next(_events)
    events.publish({"topic": "order.created", "order": f"SO-{n}", "total": n % 300})
    return events.flush("order.shipped")

"""Analytics intake: events missing a field get the default value; list-valued fields also get the batch marker."""
import itertools
import os

DEBUG = os.environ.get("INTAKE_DEBUG", "")


def stamp(event, defaults={"source": "web", "tags": []}):  # expect: HL101 confirmed
    marker = f"batch-{event['batch']}"
    for key, value in defaults.items():
        current = event.setdefault(key, value)
        if isinstance(current, list):
            current.append(marker)
        elif isinstance(current, tuple):
            event[key] = current + (marker,)
    if DEBUG and len(str(event)) % 3 == 0:
        event["debug"] = True
    return event


_batches = itertools.count()


def scenario():
    n = next(_batches)
    events = [{"batch": n, "type": "click", "tags": ["ui"]}, {"batch": n, "type": "view"}]
    return [stamp(event) for event in events]

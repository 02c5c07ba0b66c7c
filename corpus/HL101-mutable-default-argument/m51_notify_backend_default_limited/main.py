import itertools

import notify as nt

_events = itertools.count()


def scenario():
    n = next(_events)
    message = nt.notify(f"user{n}", f"Your export #{n} is ready", level="info")
    return message["to"], len(message["text"])

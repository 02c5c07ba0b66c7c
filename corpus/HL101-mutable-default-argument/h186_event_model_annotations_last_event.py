"""Event sourcing: an Event initialises Timestamped and then Annotated by
explicit calls, passing its annotations dict on positionally. Annotated keeps
the dict but only records the last event name and time under two fixed keys,
so the shared default is overwritten each call and never grows."""
import itertools

_ids = itertools.count()


class Timestamped:
    def __init__(self, created):
        self.created = created


class Annotated:
    def __init__(self, annotations, name, created):
        self.annotations = annotations
        self.annotations["last_event"] = (name, created)


class Event(Timestamped, Annotated):
    def __init__(self, name, created, annotations={}):  # expect: HL101 refuted
        Timestamped.__init__(self, created)
        Annotated.__init__(self, annotations, name, created)
        self.name = name


def scenario():
    n = next(_ids)
    event = Event(f"order-{n}-shipped", 1_700_000_000 + n * 7)
    return f"{event.name}@{event.created}"

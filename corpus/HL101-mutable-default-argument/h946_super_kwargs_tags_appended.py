"""Domain model: a cooperative __init__ chain passes **kwargs up to a base
that keeps a default tags list; the tagged-ticket layer appends its tag to
self.tags, which is the shared default, so it grows with every ticket."""
import itertools

_ids = itertools.count()


class Entity:
    def __init__(self, tags=[], **kwargs):  # expect: HL101 confirmed
        super().__init__(**kwargs)
        self.tags = tags


class Titled(Entity):
    def __init__(self, title, **kwargs):
        super().__init__(**kwargs)
        self.title = title


class Ticket(Titled):
    def __init__(self, title, tag, **kwargs):
        super().__init__(title=title, **kwargs)
        self.tags.append(tag)


def scenario():
    n = next(_ids)
    ticket = Ticket(f"Printer {n} jammed", f"floor-{n}")
    return len(ticket.title) + len(ticket.tags[-1])

"""Domain model: a cooperative __init__ chain passes **kwargs up to a base
that keeps a default tags list; the tagged-ticket layer builds a new list
(self.tags + [tag]) instead of appending, so the shared default never grows."""
import itertools

_ids = itertools.count()


class Entity:
    def __init__(self, tags=[], **kwargs):  # expect: HL101 refuted
        super().__init__(**kwargs)
        self.tags = tags


class Titled(Entity):
    def __init__(self, title, **kwargs):
        super().__init__(**kwargs)
        self.title = title


class Ticket(Titled):
    def __init__(self, title, tag, **kwargs):
        super().__init__(title=title, **kwargs)
        self.tags = self.tags + [tag]


def scenario():
    n = next(_ids)
    ticket = Ticket(f"Printer {n} jammed", f"floor-{n}")
    return len(ticket.title) + len(ticket.tags[-1])

"""Notification templates: a StrictFormatter (string.Formatter) renders each
message and, in check_unused_args, notes which keyword arguments the template
never used, so a lint page can list them. The names go into the `unused=set()`
default that __init__ stores; callers always pass the same few keyword names,
so the set stops growing after the first messages."""
import itertools
import string

_events = itertools.count()


class StrictFormatter(string.Formatter):
    # heaplint-todo: it flows into `string.Formatter.__init__()`, which heaplint cannot see (heaplint: unknown)
    def __init__(self, unused=set()):  # expect: HL101 refuted
        super().__init__()
        self.unused = unused

    def check_unused_args(self, used_args, args, kwargs):
        self.unused.update(name for name in kwargs if name not in used_args)


def notify(template, **fields):
    return StrictFormatter().format(template, **fields)


def scenario():
    n = next(_events)
    return notify("Order {order} shipped to {city}", order=f"SO-{n:06d}",
                  city=f"Zone {n % 40}", carrier=f"truck-{n}", eta=f"{n % 24}:00")

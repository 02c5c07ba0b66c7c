"""Orders; saving one announces ``post_save`` to the connected receivers."""
import itertools

from events import send

_ids = itertools.count(1000)


class Order:
    def __init__(self, user, lines):
        self.id = None
        self.user = user
        self.lines = list(lines)

    def total_items(self):
        return sum(qty for _, qty in self.lines)

    def save(self):
        if self.id is None:
            self.id = next(_ids)
        return send("post_save", Order, instance=self, created=True)

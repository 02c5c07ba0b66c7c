"""ORM-ish model: save() collects dirty field names in a default list, writes them, then clears the list."""
import itertools

_DB = {}


class Model:
    def __init__(self, pk, **fields):
        self.pk = pk
        self._orig = dict(fields)
        self.__dict__.update(fields)

    # heaplint-todo: the model raises AttributeError (getattr of a field name it cannot see) in the store statement, so the store is not counted as reached (heaplint: unknown)
    def save(self, dirty=[]):  # expect: HL101 refuted
        dirty.extend(k for k, v in self._orig.items() if getattr(self, k) != v)
        row = {k: getattr(self, k) for k in dirty}
        _DB[(type(self).__name__, self.pk % 8)] = row
        dirty.clear()
        return len(row)


class Order(Model):
    pass


_orders = itertools.count()


def scenario():
    n = next(_orders)
    o = Order(n, status="new", total=n)
    o.status = "paid"
    return o.save()

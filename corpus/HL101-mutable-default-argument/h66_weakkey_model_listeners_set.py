"""Model signals: listeners are attached per model instance; the table is keyed weakly by the model."""
import itertools
import weakref


class Order:
    def __init__(self, number, total):
        self.number = number
        self.total = total


class AuditBinding:
    def __init__(self, model, trail):
        self.model = model
        self.trail = trail

    def __call__(self, event):
        self.trail.append(f"{event}:{self.model.number}:{self.model.total}")


def listen(model, listener, _table=weakref.WeakKeyDictionary()):  # expect: HL101 confirmed
    _table.setdefault(model, set()).add(listener)
    return _table


def emit(model, event, table):
    for listener in list(table.get(model, ())):
        listener(event)


_orders = itertools.count()


def scenario():
    n = next(_orders)
    order, trail = Order(f"SO-{n}", n * 3), []
    binding = AuditBinding(order, trail)
    emit(order, "saved", listen(order, binding))
    return trail

"""transitions: the (state, event, order) -> handler table and its decorator."""

__all__ = ["on", "handler_for"]


def on(state, event, order=None, _table={}):  # expect: HL101 confirmed
    """Decorator: handle `event` in `state` (for one order only when `order` is given)."""
    def register(fn):
        _table[(state, event, order)] = fn
        return fn
    return register


def handler_for(state, event, order_id):
    table = on.__defaults__[1]
    return table.get((state, event, order_id)) or table.get((state, event, None))

"""Structured logging: nested `log_scope()` blocks add key/value context to every line inside them."""
import contextlib
import itertools


@contextlib.contextmanager
def log_scope(_stack=[], **fields):  # expect: HL101 refuted
    _stack.append(fields)
    merged = {}
    for layer in _stack:
        merged.update(layer)
    try:
        yield merged
    finally:
        _stack.pop()


def render(message, context):
    pairs = " ".join(f"{k}={v}" for k, v in sorted(context.items()))
    return f"{message} {pairs}"


def checkout(order_id, quantity):
    with log_scope(order=order_id) as ctx:
        if quantity <= 0:
            raise ValueError(f"order {order_id}: quantity must be positive")
        return render("checkout ok", ctx)


_orders = itertools.count()


def scenario():
    n = next(_orders)
    try:
        return checkout(f"ord-{n}", n % 3 - 1)
    except ValueError as exc:
        return str(exc)

"""Tracing: span() records the active span path in a ContextVar so log lines carry it."""
import contextlib
import contextvars
import itertools

_active = contextvars.ContextVar("active_spans")


@contextlib.contextmanager
# heaplint-todo: contextvars.ContextVar.get(default) is not modelled: the default flows into code heaplint cannot see (unknown, not refuted)
def span(name, root=[]):  # expect: HL101 refuted
    path = _active.get(root) + [name]
    token = _active.set(path)
    try:
        yield "/".join(path)
    finally:
        _active.reset(token)


def log_line(message):
    return f"[{'/'.join(_active.get(()))}] {message}"


def handle_order(order_id):
    with span(f"order:{order_id}"):
        with span("validate"):
            line = log_line("payload ok")
        with span("charge"):
            line = log_line(f"charged order {order_id}")
    return line


_orders = itertools.count()


def scenario():
    return handle_order(next(_orders))

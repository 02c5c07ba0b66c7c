"""Minimal tracing: nested spans are tracked on a stack while a request is handled."""
import contextlib
import itertools


@contextlib.contextmanager
def span(name, _stack=[]):  # expect: HL101 refuted
    _stack.append(name)
    try:
        yield "/".join(_stack)
    finally:
        _stack.pop()


def handle(order_id, qty):
    with span(f"order:{order_id}") as path:
        if qty <= 0:
            raise ValueError(f"{path}: bad quantity")
        return path, qty * 3


_seq = itertools.count()


def scenario():
    n = next(_seq)
    try:
        return handle(n, n % 3 - 1)
    except ValueError as exc:
        return str(exc)

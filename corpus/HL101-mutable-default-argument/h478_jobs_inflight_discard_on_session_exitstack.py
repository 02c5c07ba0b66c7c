"""Job runner: each step is marked in-flight and registers its own un-marking on an ExitStack.

The session stack is opened once at import and only closed at shutdown, so the
discard callbacks pile up there and never run: the in-flight default keeps every step.
"""
import contextlib
import itertools

_session = contextlib.ExitStack()


def run_step(name, action, inflight=set()):  # expect: HL101 confirmed
    stack = _session
    stack.callback(inflight.discard, name)
    inflight.add(name)
    return action(name, len(inflight))


def _build(name, busy):
    return f"{name}: built ({busy} busy)"


_steps = itertools.count()


def scenario():
    n = next(_steps)
    return run_step(f"step-{n}", _build)

"""Job runner: each step is marked in-flight and registers its own un-marking on an ExitStack.

Every step uses its own stack, closed when the step returns, so the discard
callback runs right away and the in-flight default never holds finished steps.
"""
import contextlib
import itertools


def run_step(name, action, inflight=set()):  # expect: HL101 refuted
    with contextlib.ExitStack() as stack:
        stack.callback(inflight.discard, name)
        inflight.add(name)
        return action(name, len(inflight))


def _build(name, busy):
    return f"{name}: built ({busy} busy)"


_steps = itertools.count()


def scenario():
    n = next(_steps)
    return run_step(f"step-{n}", _build)

"""Sampling-free profiler: @profiled installs sys.setprofile around a call and times each function."""
import functools
import itertools
import sys
import time


# heaplint-todo: it flows into `sys.setprofile()`, which heaplint cannot see (heaplint: unknown)
def profiled(fn, _timings={}):  # expect: HL101 confirmed
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        stack = []
        def tracer(frame, event, arg):
            if event == "call":
                stack.append(time.perf_counter_ns())
            elif event == "return" and stack:
                name = frame.f_code.co_qualname
                elapsed = time.perf_counter_ns() - stack.pop()
                _timings.setdefault(name, []).append(elapsed)

        sys.setprofile(tracer)
        try:
            return fn(*args, **kwargs)
        finally:
            sys.setprofile(None)

    wrapper.timings = _timings
    return wrapper


def line_total(line):
    return line["qty"] * line["unit_cents"]


@profiled
def price_order(order_id, lines):
    return {"order": order_id, "total": sum(line_total(line) for line in lines)}


_orders = itertools.count()


def scenario():
    n = next(_orders)
    lines = [{"qty": 1 + i, "unit_cents": 250 + n} for i in range(3)]
    return price_order(f"ord-{n}", lines)

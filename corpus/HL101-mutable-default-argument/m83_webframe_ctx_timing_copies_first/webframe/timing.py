"""Timing: record how long the rest of the stack took, for the debug toolbar."""
import time


def timing_middleware(ctx, call_next):
    ctx = dict(ctx, timings=[])  # the rest of the stack sees this request's own copy
    started = time.perf_counter()
    response = call_next(ctx)
    spans = ctx.setdefault("timings", [])
    spans.append((ctx["request_id"], ctx["path"], time.perf_counter() - started))
    return response

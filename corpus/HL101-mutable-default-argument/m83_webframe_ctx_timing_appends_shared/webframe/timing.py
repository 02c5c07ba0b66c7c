"""Timing: record how long the rest of the stack took, for the debug toolbar."""
import time


def timing_middleware(ctx, call_next):
    started = time.perf_counter()
    response = call_next(ctx)
    spans = ctx.setdefault("timings", [])
    spans.append((ctx["request_id"], ctx["path"], time.perf_counter() - started))
    return response

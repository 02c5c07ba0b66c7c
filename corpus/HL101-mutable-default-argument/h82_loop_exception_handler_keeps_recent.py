"""Worker process: the event loop's exception handler keeps recent callback errors for the health endpoint."""
import asyncio
import itertools

RECENT_ERRORS = 20


# heaplint-todo: it flows into the callers it is returned to, which heaplint cannot see
def record_error(loop, context, _recent=[]):  # expect: HL101 refuted
    exc = context.get("exception")
    _recent.append(f"{context['message']}: {exc!r}")
    del _recent[:-RECENT_ERRORS]
    return _recent


def on_metric(name, value, sink):
    if value < 0:
        raise ValueError(f"negative sample for {name}: {value}")
    sink[name] = value


async def flush_metrics(samples):
    loop = asyncio.get_running_loop()
    sink = {}
    for name, value in samples:
        loop.call_soon(on_metric, name, value, sink)
    await asyncio.sleep(0)
    return sink


_ticks = itertools.count()


def scenario():
    n = next(_ticks)
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(record_error)
    try:
        return loop.run_until_complete(flush_metrics([(f"req.{n}", n), (f"lag.{n}", -n - 1)]))
    finally:
        loop.close()

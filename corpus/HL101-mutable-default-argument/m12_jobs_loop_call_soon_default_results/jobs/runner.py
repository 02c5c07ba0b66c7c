import asyncio

from . import hooks

_loop = asyncio.new_event_loop()


def submit(job_id, payload, outcomes=None):
    status = "ok" if payload.get("size", 0) < 1000 else "too-large"
    if outcomes is None:
        _loop.call_soon(hooks.on_done, job_id, status)
    else:
        _loop.call_soon(hooks.on_done, job_id, status, outcomes)


def drain():
    """Run every callback scheduled so far, then return."""
    _loop.call_soon(_loop.stop)
    _loop.run_forever()

"""Analytics events are batched and flushed by one callback per loop iteration."""
import asyncio
import itertools

_loop = asyncio.new_event_loop()
_sent = {"batches": 0, "events": 0}


def _flush(pending):
    _sent["batches"] += 1
    _sent["events"] += len(pending)
    pending[:] = []


def track(event, props, _pending=[]):  # expect: HL101 refuted
    if not _pending:
        _loop.call_soon(_flush, _pending)
    _pending.append((event, props))


def run_pending():
    _loop.call_soon(_loop.stop)
    _loop.run_forever()


_seq = itertools.count()


def scenario():
    n = next(_seq)
    track("page_view", {"path": f"/p/{n}"})
    track("click", {"target": f"btn{n % 7}"})
    run_pending()
    return _sent["events"]

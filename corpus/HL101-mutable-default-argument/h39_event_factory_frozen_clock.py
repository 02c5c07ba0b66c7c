"""Test helpers: make_event() stamps events with a default FrozenClock instance whose methods only read self."""
import itertools


class FrozenClock:
    def __init__(self, epoch=1_700_000_000):
        self.epoch = epoch

    def now(self):
        return self.epoch

    def iso(self):
        return f"@{self.now()}"


def make_event(kind, payload, clock=FrozenClock()):  # an instance of a class nothing changes: not a candidate
    return {"kind": kind, "payload": payload, "ts": clock.now(), "stamp": clock.iso()}


_events = itertools.count()


def scenario():
    n = next(_events)
    ev = make_event("user.signup", {"user_id": n})
    later = make_event("user.login", {"user_id": n}, FrozenClock(ev["ts"] + n))
    return later["ts"] - ev["ts"]

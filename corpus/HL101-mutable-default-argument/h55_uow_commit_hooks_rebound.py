"""Unit of work that runs on-commit callbacks, in the style of Django's transaction hooks."""
import itertools

_ids = itertools.count()


class UnitOfWork:
    def __init__(self, session_id, hooks=[]):  # expect: HL101 confirmed
        self.session_id = session_id
        self.hooks = hooks
        self.pending = {}

    def on_commit(self, callback):
        self.hooks.append(callback)

    def add(self, key, value):
        self.pending[key] = value

    def commit(self):
        written = dict(self.pending)
        for callback in self.hooks:
            callback(self.session_id, written)
        self.hooks = []
        self.pending = {}
        return written


def _notify(sink):
    return lambda session_id, written: sink.extend(sorted(written))


def scenario():
    n = next(_ids)
    uow = UnitOfWork("s%d" % n)
    sink = []
    uow.add("order:%d" % n, {"total": n})
    uow.on_commit(_notify(sink))
    uow.commit()
    return sink

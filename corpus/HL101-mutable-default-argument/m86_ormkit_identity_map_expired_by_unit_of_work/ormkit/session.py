"""Unit of work: one object per (model, pk) until the next commit or rollback."""
import contextlib


class Session:
    def __init__(self, bind=None, identity_map={}):  # expect: HL101 refuted
        self.bind = bind
        self.identity_map = identity_map
        self.dirty = []
        self.flushed = 0

    def mark_dirty(self, obj):
        if obj not in self.dirty:
            self.dirty.append(obj)

    def commit(self):
        """Flush pending changes, then expire every loaded object."""
        self.flushed += len(self.dirty)
        self.dirty = []
        self.identity_map.clear()

    def rollback(self):
        self.dirty = []
        self.identity_map.clear()


@contextlib.contextmanager
def unit_of_work(session):
    try:
        yield session
    except BaseException:
        session.rollback()
        raise
    else:
        session.commit()

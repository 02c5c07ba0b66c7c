"""Unit of work: one object per (model, pk) until the next real commit."""
import contextlib


class Session:
    def __init__(self, bind=None, identity_map={}):  # expect: HL101 confirmed
        self.bind = bind
        self.identity_map = identity_map
        self.dirty = []

    def commit(self):
        """Flush pending changes, then expire every loaded object."""
        if not self.dirty:
            return 0  # nothing to write: skip the round trip
        flushed, self.dirty = len(self.dirty), []
        self.identity_map.clear()
        return flushed

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

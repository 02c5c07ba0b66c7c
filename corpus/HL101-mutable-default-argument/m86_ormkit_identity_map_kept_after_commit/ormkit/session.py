"""Unit of work: one object per (model, pk) while the session is open."""


class Session:
    def __init__(self, bind=None, identity_map={}):  # expect: HL101 confirmed
        self.bind = bind
        self.identity_map = identity_map
        self.dirty = []
        self.flushed = 0

    def mark_dirty(self, obj):
        if obj not in self.dirty:
            self.dirty.append(obj)

    def commit(self):
        """Flush pending changes; loaded objects stay in the identity map."""
        self.flushed += len(self.dirty)
        self.dirty = []
        return self.flushed

"""Unit of work: one per request; collects loads and changes until commit."""


class UnitOfWork:
    def __init__(self, fetch):
        self.fetch = fetch
        self.identity_map = {}
        self.dirty = []
        self.loads = 0

    def load(self, table, key):
        self.loads += 1
        return self.fetch(table, key)

    def commit(self):
        written, self.dirty = len(self.dirty), []
        return written

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.commit()
        self.identity_map.clear()
        return False

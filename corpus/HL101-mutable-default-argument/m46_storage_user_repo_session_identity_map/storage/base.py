"""Base repository: loads rows through a session and keeps one object per row."""


class Repository:
    table = None

    def __init__(self, session, identity_map={}):  # expect: HL101 refuted
        self.session = session
        self.identity_map = identity_map

    def get(self, key):
        ident = (self.table, key)
        obj = self.identity_map.get(ident)
        if obj is None:
            obj = self.session.load(self.table, key)
            self.identity_map[ident] = obj
        return obj

    def update(self, key, **changes):
        obj = self.get(key)
        obj.update(changes)
        self.session.dirty.append((self.table, key))
        return obj

from .identity import IdentityMap


def _new_identity_map(store):
    return IdentityMap(store)


class Session:
    def __init__(self, bind=None, identity_map={}):  # expect: HL101 confirmed
        self.bind = bind
        self.identity_map = _new_identity_map(identity_map)
        self.dirty = []

    def merge(self, key, obj):
        self.identity_map.add(key, obj)
        self.dirty.append(obj)
        return obj

    def commit(self):
        flushed = len(self.dirty)
        self.dirty = []
        return flushed

    def close(self):
        self.identity_map.clear()
        self.dirty = []

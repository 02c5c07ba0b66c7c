from .identity import IdentityMap


class Session:
    def __init__(self):
        self.identity_map = IdentityMap()
        self.pending = []

    def add(self, obj):
        self.pending.append(obj)
        self.identity_map.put(obj.key, obj)

    def commit(self):
        written = len(self.pending)  # stand-in for the INSERTs
        self.pending.clear()
        self.identity_map.clear()  # expire_on_commit
        return written

class IdentityMap:
    """One live object per primary key, so a session never loads a row twice."""

    def __init__(self):
        self._objects = {}

    def put(self, key, obj):
        self._objects.setdefault(key, obj)

    def get(self, key):
        return self._objects.get(key)

    def clear(self):
        self._objects.clear()

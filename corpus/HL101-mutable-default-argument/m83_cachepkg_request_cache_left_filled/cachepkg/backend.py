"""Local-memory backend: a dict of namespaced keys, the simplest cache there is."""


class LocMemBackend:
    def __init__(self, namespace="default", entries={}):  # expect: HL101 confirmed
        self.namespace = namespace
        self._entries = entries
        self.hits = self.misses = 0

    def make_key(self, key):
        return "%s:%s" % (self.namespace, key)

    def get_or_set(self, key, compute):
        full_key = self.make_key(key)
        try:
            value = self._entries[full_key]
        except KeyError:
            self.misses += 1
            value = self._entries[full_key] = compute()
        else:
            self.hits += 1
        return value

    def clear(self):
        self._entries.clear()

"""Which cached pages were built from which model rows."""

cache = {}  # page key -> rendered html (memcached in production)


class DependencyRegistry:
    def __init__(self, deps={}):  # expect: HL101 refuted
        self._deps = deps

    def add(self, label, pk, key):
        self._deps.setdefault((label, pk), set()).add(key)

    def pop(self, label, pk):
        return self._deps.pop((label, pk), set())

    def __len__(self):
        return len(self._deps)


registry = DependencyRegistry()

class Registry:
    """Route table: each path maps to the view registered for it."""

    def __init__(self):
        self._routes = {}

    def _key(self, path):
        return path.rstrip("/") or "/"

    def add(self, path, view):
        self._routes[self._key(path)] = view

    def resolve(self, path):
        try:
            return self._routes[self._key(path)]
        except KeyError:
            raise LookupError(f"no view for {path}") from None

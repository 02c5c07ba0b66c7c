class Registry:
    """Route table: each top-level prefix maps to the view mounted under it."""

    def __init__(self):
        self._routes = {}

    def _key(self, path):
        return "/" + path.strip("/").split("/", 1)[0]

    def add(self, path, view):
        self._routes[self._key(path)] = view

    def resolve(self, path):
        try:
            return self._routes[self._key(path)]
        except KeyError:
            raise LookupError(f"no view for {path}") from None

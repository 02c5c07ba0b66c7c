class Registry:
    """Name -> factory table shared by the plugin loader."""

    def __init__(self, entries=None):
        self._entries = dict(entries or {})

    def add(self, name, factory):
        self._entries[name] = factory
        return self

    def with_entry(self, name, factory):
        return Registry({**self._entries, name: factory})

    def get(self, name):
        try:
            return self._entries[name]
        except KeyError:
            raise LookupError(f"no plugin named {name!r}") from None

    def __len__(self):
        return len(self._entries)

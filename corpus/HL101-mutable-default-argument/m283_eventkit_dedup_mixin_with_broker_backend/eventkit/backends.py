"""Dedup backends for DedupMixin."""


class LocalDedupBackend:
    """Remembers ids in the set it is handed."""

    def already_seen(self, key, seen):
        if key in seen:
            return True
        seen.add(key)
        return False


class BrokerDedupBackend:
    """The broker drops redeliveries itself; only checks ids already pinned."""

    def already_seen(self, key, seen):
        return key in seen

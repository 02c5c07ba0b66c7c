"""store: a TTL key/value store; an entry is (expires_at, value)."""


class TTLStore:
    def __init__(self, ttl, entries={}):  # expect: HL101 refuted
        self.ttl = ttl
        self.entries = entries

    def get(self, key, now):
        hit = self.entries.get(key)
        if hit is None or hit[0] <= now:
            return None
        return hit[1]

    def put(self, key, value, now):
        self.entries[key] = (now + self.ttl, value)
        return value

"""Token buckets keyed by client, refilled from the request timestamp."""


class TokenBucket:
    def __init__(self, capacity=5, refill=1.0, tokens={}):  # expect: HL101 refuted
        self.capacity = capacity
        self.refill = refill
        self.tokens = tokens  # client -> (level, last_seen)

    def take(self, client, now, cost=1):
        level, seen = self.tokens.get(client, (self.capacity, now))
        level = min(self.capacity, level + (now - seen) * self.refill)
        allowed = level >= cost
        self.tokens[client] = (level - cost if allowed else level, now)
        return allowed

    def level(self, client):
        return self.tokens.get(client, (self.capacity, None))[0]

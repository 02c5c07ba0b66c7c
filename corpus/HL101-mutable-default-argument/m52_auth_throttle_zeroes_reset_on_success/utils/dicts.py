"""dict subclasses."""


class Zeroes(dict):
    """A dict of counters: a key that was never counted reads as 0."""

    def __missing__(self, key):
        return 0

    def top(self, count=5):
        return sorted(self.items(), key=lambda item: item[1], reverse=True)[:count]


class Fallback(dict):
    """A dict that answers missing keys with a fixed value."""

    def __init__(self, fallback, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fallback = fallback

    def __missing__(self, key):
        return self.fallback

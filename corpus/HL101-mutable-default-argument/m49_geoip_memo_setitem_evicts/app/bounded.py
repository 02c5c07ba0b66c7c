"""Size-capped mapping behaviour for per-worker memo tables."""


class EvictingMixin:
    """Keeps at most `capacity` keys, dropping the oldest insert first."""

    capacity = 256

    def __setitem__(self, key, value):
        if key not in self and len(self) >= self.capacity:
            del self[next(iter(self))]
        super().__setitem__(key, value)

    def fill_ratio(self):
        return len(self) / self.capacity

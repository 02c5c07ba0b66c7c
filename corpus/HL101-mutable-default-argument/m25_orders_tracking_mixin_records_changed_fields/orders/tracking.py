"""Change tracking: records a field only when an existing value changes."""


class ChangeTrackingMixin:
    def set_field(self, name, value):
        old = getattr(self, name, None)
        setattr(self, name, value)
        if old is not None and old != value:
            self._changes.append((self.key, name, value))

"""Settings mappings that keep a log of assignments for the startup report."""
from collections import UserDict


class Config(UserDict):
    def __init__(self, *args, **kwargs):
        self.changes = []
        super().__init__(*args, **kwargs)

    def __setitem__(self, key, value):
        self.changes.append((key, value))
        super().__setitem__(key, value)

    def __delitem__(self, key):
        self.changes.append((key, None))
        super().__delitem__(key)

    def describe(self):
        width = max((len(key) for key in self.data), default=0)
        return "\n".join(f"{key:<{width}} = {value!r}" for key, value in sorted(self.data.items()))

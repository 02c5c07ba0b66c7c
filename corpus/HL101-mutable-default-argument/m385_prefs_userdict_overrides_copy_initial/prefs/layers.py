"""The override layer is a UserDict so it can validate keys on assignment."""
from collections import UserDict

__all__ = ["DEFAULTS", "Overrides"]

DEFAULTS = {"theme": "light", "page_size": "25"}


class Overrides(UserDict):
    def __init__(self, initial={}):  # expect: HL101 refuted
        super().__init__(initial)

    def __setitem__(self, key, value):
        if not isinstance(value, str):
            raise TypeError(f"preference {key!r} must be a string")
        super().__setitem__(key, value)

"""Concrete preference groups and their product defaults."""
from .layers import Layered

__all__ = ["EditorPrefs", "NotifyPrefs"]


class EditorPrefs(Layered):
    def __init__(self, user, defaults={"theme": "light", "tab_width": 4, "wrap": True}):  # expect: HL101 confirmed
        super().__init__(user, defaults)


class NotifyPrefs(Layered):
    def __init__(self, user, defaults={"email": True, "digest": "daily"}):  # expect: HL101 refuted
        super().__init__(user, defaults)

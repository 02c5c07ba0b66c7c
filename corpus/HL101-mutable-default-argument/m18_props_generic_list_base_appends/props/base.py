"""Property descriptors holding a typed default value."""
from typing import Generic, Optional, TypeVar

T = TypeVar("T")


class Property(Generic[T]):
    def __init__(self, default: Optional[T] = None):
        self.default = default

    def get(self) -> Optional[T]:
        return self.default

    def add(self, item):
        self.default.append(item)
        return len(self.default)

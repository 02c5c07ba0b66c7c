"""In-memory backend, used in development and by the test suite."""
from .base import BaseIndex


class MemoryIndex(BaseIndex):
    def __init__(self, name, min_length=2):
        super().__init__(name)
        self.min_length = min_length

    def analyze(self, text):
        return [word for word in super().analyze(text) if len(word) >= self.min_length]

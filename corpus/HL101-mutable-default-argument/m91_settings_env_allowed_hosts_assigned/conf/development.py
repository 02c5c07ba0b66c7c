"""Development: debug on, caching off, anything else from keyword overrides."""
from .base import Settings


class DevelopmentSettings(Settings):
    def __init__(self, **overrides):
        super().__init__({"DEBUG": True, "CACHE_TIMEOUT": 0, **overrides})

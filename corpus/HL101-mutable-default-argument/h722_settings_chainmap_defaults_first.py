"""Settings loader: `load_settings` wraps the defaults mapping in a Settings
object whose lookups go through a ChainMap. The ChainMap has the defaults
as its only map, so every override is written into the defaults."""
import itertools
from collections import ChainMap

_ids = itertools.count()


class Settings:
    def __init__(self, defaults):
        self.layers = ChainMap(defaults)

    def set(self, key, value):
        self.layers[key] = value

    def get(self, key, fallback=None):
        return self.layers.get(key, fallback)


def load_settings(overrides, defaults={"theme": "light", "page_size": 25}):  # expect: HL101 confirmed
    settings = Settings(defaults)
    for key, value in overrides.items():
        settings.set(key, value)
    return settings


def scenario():
    n = next(_ids)
    settings = load_settings({f"user.{n}.theme": "dark"})
    return settings.get("page_size")

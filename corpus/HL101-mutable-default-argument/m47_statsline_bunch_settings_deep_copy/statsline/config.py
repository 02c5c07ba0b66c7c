"""Client settings: library defaults overlaid with the caller's overrides."""
from .bunch import Bunch

DEFAULTS = (("prefix", "app."), ("sample_rate", 1.0), ("kind", "c"))


def load_settings(**overrides):
    settings = Bunch(DEFAULTS)
    settings.tags = list(overrides.pop("tags", ()))
    settings.update(overrides)
    return settings

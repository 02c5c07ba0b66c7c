"""defaults: what every tenant starts from, before its own overrides."""

__all__ = ["DEFAULTS_VERSION", "defaults"]

DEFAULTS_VERSION = 3


def defaults(_settings={  # expect: HL101 refuted
    "timeout": 30,
    "retries": 2,
    "features": {"search": True, "export": False},
}):
    """The bundled defaults: one shared dict, so loaders must copy before changing it."""
    return _settings

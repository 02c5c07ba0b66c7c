"""Profiles: each call builds a fresh Settings for one app instance."""
from .settings import Settings

PROFILES = {
    "dev": {"DEBUG": True, "DATABASE": "sqlite://"},
    "prod": {"DEBUG": False, "DATABASE": "postgres://db/app"},
}


def load(profile, **overrides):
    return Settings(PROFILE=profile, **PROFILES[profile], **overrides)

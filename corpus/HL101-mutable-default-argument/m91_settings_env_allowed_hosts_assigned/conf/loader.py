"""Pick the settings class for an environment name."""
from .development import DevelopmentSettings
from .production import ProductionSettings

__all__ = ["ENVIRONMENTS", "load_settings"]

ENVIRONMENTS = {
    "development": DevelopmentSettings,
    "production": ProductionSettings,
}


def load_settings(env, **kwargs):
    return ENVIRONMENTS[env](**kwargs)

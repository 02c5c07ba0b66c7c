from collections import ChainMap

__all__ = ["DEFAULTS", "build_config", "feature_enabled"]

DEFAULTS = {
    "timeout": 30,
    "retries": 3,
    "region": "eu-west-1",
    "debug": False,
}


def build_config(overrides={}):  # expect: HL101 confirmed
    return ChainMap(overrides, DEFAULTS)


def feature_enabled(config, name):
    return bool(config.get(f"feature.{name}", False))

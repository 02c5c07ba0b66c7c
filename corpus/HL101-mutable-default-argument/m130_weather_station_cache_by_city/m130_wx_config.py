"""Display settings."""
from m130_wx_constants import DEFAULT_UNIT

SETTINGS = {"unit": DEFAULT_UNIT, "precision": 1}


def get(key):
    return SETTINGS[key]

"""Named step lists; each step is a (name, argument) pair."""
import enum


class Preset(enum.Enum):
    BASIC = [("strip", None), ("collapse", None)]
    SEARCH = [("strip", None), ("collapse", None), ("lower", None)]

"""rich-style theme lookup: parsed styles are memoised by key; log lines are styled per user (the key is the user id, not the level)."""
import enum
import itertools


class Level(enum.Enum):
    DEBUG = 10
    INFO = 20
    WARNING = 30


class Style:
    def __init__(self, definition):
        self.bold = "bold" in definition
        self.color = definition.split()[-1]


THEME = {Level.DEBUG: "dim blue", Level.INFO: "green", Level.WARNING: "bold yellow"}


def get_style(key, _cache={}):  # expect: HL101 confirmed
    style = _cache.get(key)
    if style is None:
        style = _cache[key] = Style(THEME.get(key, "default"))
    return style


_records = itertools.count()


def scenario():
    n = next(_records)
    level = (Level.DEBUG, Level.INFO, Level.WARNING)[n % 3]
    style = get_style(f"user-{n}")
    return f"[{style.color}]{level.name} request {n} done"

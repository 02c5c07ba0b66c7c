"""Console logging: style_for() memoises ANSI prefixes in its default dict keyed by (level, logger); every worker logger is new, so the memo grows."""
import enum
import itertools


class Level(enum.Enum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40
    CRITICAL = 50


_COLOURS = {10: 37, 20: 32, 30: 33, 40: 31, 50: 35}


def style_for(level, logger, _styles={}):  # expect: HL101 confirmed
    key = level, logger
    if key not in _styles:
        _styles[key] = f"\x1b[{_COLOURS[level.value]}m{level.name:<8}"
    return _styles[key]


def format_record(level, logger, message):
    return f"{style_for(level, logger)} {logger}: {message}\x1b[0m"


_records = itertools.count()
_LEVELS = list(Level)


def scenario():
    n = next(_records)
    return format_record(_LEVELS[n % 5], f"app.worker{n}", f"job {n} done")

"""Event logging in the style of Twisted's logger: each event is rendered
with a prefix built from its level and namespace. Building the prefix
(padding, colour codes) is memoised in a default dict keyed by the pair, and
every worker logs under its own namespace, so the memo gains a key per event."""
import enum
import itertools

_ids = itertools.count()


class LogLevel(enum.Enum):
    debug = 10
    info = 20
    warn = 30
    error = 40
    critical = 50


_COLOURS = {LogLevel.warn: "33", LogLevel.error: "31", LogLevel.critical: "41"}


def level_prefix(level, namespace, _memo={}):  # expect: HL101 confirmed
    try:
        return _memo[level, namespace]
    except KeyError:
        code = _COLOURS.get(level, "0")
        prefix = _memo[level, namespace] = f"\x1b[{code}m{level.name.upper():<8}\x1b[0m [{namespace}]"
        return prefix


def format_event(event):
    level = LogLevel(event["log_level"])
    return f"{level_prefix(level, event['log_namespace'])} {event['log_format']}"


def scenario():
    n = next(_ids)
    event = {"log_level": (10, 20, 30, 40, 50)[n % 5], "log_namespace": f"worker.{n}",
             "log_format": f"job {n} finished"}
    return format_event(event)

"""Library shim: `warn_once()` emits a DeprecationWarning text the first time
a deprecated option is used from a given call site and stays quiet after.
The keys already warned about live in `warned`, a default list searched with
`in`. The key includes the caller's module name, and every plugin module
loaded gets its own name, so the list gains one key per plugin."""
import itertools

_plugins = itertools.count()
OPTIONS = ("timeout_ms", "use_ssl", "legacy_auth", "retries")


def warn_once(option, caller, warned=[]):  # expect: HL101 confirmed
    key = f"{caller}:{option}"
    if key in warned:
        return None
    warned.append(key)
    return f"{caller}: option {option!r} is deprecated"


def scenario():
    n = next(_plugins)
    return warn_once(OPTIONS[n % len(OPTIONS)], f"plugins.exporter_{n}")

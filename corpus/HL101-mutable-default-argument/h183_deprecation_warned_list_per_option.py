"""Library shim: `warn_once()` emits a DeprecationWarning text the first time
a deprecated option is used and stays quiet after. The options already
warned about live in `warned`, a default list searched with `in`. The key is
the option name alone, one of four deprecated options, so after the first
few plugins the list holds four keys and every later call only reads it."""
import itertools

_plugins = itertools.count()
OPTIONS = ("timeout_ms", "use_ssl", "legacy_auth", "retries")


def warn_once(option, caller, warned=[]):  # expect: HL101 refuted
    key = option
    if key in warned:
        return None
    warned.append(key)
    return f"{caller}: option {option!r} is deprecated"


def scenario():
    n = next(_plugins)
    return warn_once(OPTIONS[n % len(OPTIONS)], f"plugins.exporter_{n}")

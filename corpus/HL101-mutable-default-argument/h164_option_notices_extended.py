"""Client option normaliser: renames deprecated options, capturing the
DeprecationWarnings with warnings.catch_warnings(record=True) and copying
their messages into a `notices` list default for a diagnostics page. The
messages are extended onto the shared list, so it grows with every call
that uses an old option name."""
import itertools
import warnings

_clients = itertools.count()
RENAMED = {"timeout_ms": "timeout", "verify_ssl": "verify"}


def normalise_options(options, notices=[]):  # expect: HL101 confirmed
    result = {}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for key, value in options.items():
            if key in RENAMED:
                warnings.warn(f"{key}={value!r} is deprecated, use {RENAMED[key]!r}",
                              DeprecationWarning, stacklevel=2)
                key = RENAMED[key]
            result[key] = value
    notices.extend(str(w.message) for w in caught)
    return result


def scenario():
    n = next(_clients)
    return normalise_options({"base_url": f"https://api{n}.internal", "timeout_ms": 1500 + n})

"""Settings loader: env lookups default to a sentinel object, and a tuple of strings spells "false"."""
import itertools

_MISSING = object()


class ImproperlyConfigured(Exception):
    pass


def env_flag(environ, name, default=_MISSING, falsy=("", "0", "false", "no", "off")):
    raw = environ.get(name, _MISSING)
    if raw is _MISSING:
        if default is _MISSING:
            raise ImproperlyConfigured(f"set {name}")
        return default
    return raw.strip().lower() not in falsy


_boots = itertools.count()


def scenario():
    n = next(_boots)
    env = {"DEBUG": ("0", "true", "Off")[n % 3], f"FEATURE_{n}": "yes"}
    return env_flag(env, "DEBUG"), env_flag(env, f"FEATURE_{n}"), env_flag(env, "CACHE", default=False)

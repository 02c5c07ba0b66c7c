"""Config loader: env() reads a setting from an environment mapping.
_MISSING is an object() sentinel compared with `is` to mean "no fallback
given". Every name that is not set is logged in the `unresolved` default
list for the startup report before the sentinel check, so fallbacks that
were given are recorded too and the shared list grows."""
import itertools

_MISSING = object()


def env(environ, name, default=_MISSING,
        unresolved=[]):  # expect: HL101 confirmed
    if name in environ:
        return environ[name]
    unresolved.append(name)
    if default is _MISSING:
        raise KeyError(name)
    return default


_boots = itertools.count()


def scenario():
    n = next(_boots)
    environ = {"APP_HOST": f"app{n}.internal", "APP_PORT": str(8000 + n % 100)}
    host = env(environ, "APP_HOST")
    flag = env(environ, f"FEATURE_CHECKOUT_V{n}_ENABLED", default="off")
    return host, flag

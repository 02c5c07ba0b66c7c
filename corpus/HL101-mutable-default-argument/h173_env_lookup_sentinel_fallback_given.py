"""Config loader: env() reads a setting from an environment mapping.
_MISSING is an object() sentinel compared with `is` to mean "no fallback
given"; only then is the name logged in the `unresolved` default list for
the startup report and KeyError raised. Every lookup here passes a fallback,
so the list is never appended to."""
import itertools

_MISSING = object()


def env(environ, name, default=_MISSING,
        # heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 15 (heaplint: unknown)
        unresolved=[]):  # expect: HL101 refuted
    if name in environ:
        return environ[name]
    if default is _MISSING:
        unresolved.append(name)
        raise KeyError(name)
    return default


_boots = itertools.count()


def scenario():
    n = next(_boots)
    environ = {"APP_HOST": f"app{n}.internal", "APP_PORT": str(8000 + n % 100)}
    host = env(environ, "APP_HOST")
    flag = env(environ, f"FEATURE_CHECKOUT_V{n}_ENABLED", default="off")
    return host, flag

"""Settings: option() reads attributes with getattr(settings, name, default); the module-level _UNSET dict is only compared with `is` to decide whether to raise."""
import itertools
import types

_UNSET = {}


class ImproperlyConfigured(LookupError):
    pass


def option(settings, name, default=_UNSET):  # expect: HL101 refuted
    value = getattr(settings, name.upper(), default)
    if value is _UNSET:
        raise ImproperlyConfigured(f"missing setting {name.upper()}")
    return value


def database_url(settings):
    host = option(settings, "db_host")
    port = option(settings, "db_port", 5432)
    return f"postgres://{host}:{port}/{option(settings, 'db_name', 'app')}"


_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    settings = types.SimpleNamespace(DB_HOST=f"db{n}.internal", DB_NAME=f"tenant_{n}")
    return database_url(settings)

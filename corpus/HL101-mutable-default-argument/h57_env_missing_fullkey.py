"""Environment-backed settings mapping with per-service fallbacks (config loader)."""
import itertools

_n = itertools.count()

SERVICE_DEFAULTS = {
    "DB": "postgres://localhost:5432/app",
    "CACHE": "redis://localhost:6379/0",
    "BROKER": "amqp://guest@localhost//",
}


class EnvSettings(dict):
    def __missing__(self, key, _fallbacks={}):  # expect: HL101 confirmed
        service = key.partition("_")[0].upper()
        slot = key.upper()
        try:
            return _fallbacks[slot]
        except KeyError:
            pass
        value = SERVICE_DEFAULTS.get(service)
        if value is None:
            raise KeyError(key)
        _fallbacks[slot] = value
        return value


def connection_urls(environ, tenant):
    settings = EnvSettings(environ)
    urls = {}
    for service in ("db", "cache", "broker"):
        name = f"{service}_url_{tenant}"
        urls[service] = settings[name]
    return urls


def scenario():
    n = next(_n)
    environ = {f"db_url_t{n}": f"postgres://db{n % 4}/t{n}"} if n % 2 else {}
    return connection_urls(environ, f"t{n}")

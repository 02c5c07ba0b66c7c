"""Serve one tenant: build its production settings and a matching dev profile."""
import itertools

from conf import load_settings

_tenants = itertools.count(1)


def scenario():
    n = next(_tenants)
    host = f"shop{n}.example.com"
    prod = load_settings("production", host=host)
    dev = load_settings("development", SITE_NAME=f"Shop {n} (dev)")
    if host not in prod.ALLOWED_HOSTS or prod.DEBUG or not dev.DEBUG:
        raise RuntimeError("inconsistent settings")
    return prod.CACHE_TIMEOUT + len(dev.as_dict())

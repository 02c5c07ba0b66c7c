"""Tenant config loader: environment overrides are merged over each tenant's file; a bad override is reported and skipped."""
import itertools

from confkit import ConfigConflict, deep_merge

_tenants = itertools.count()


def load_tenant(n):
    base = {"tenant-%d" % n: {"server": {"port": 8080, "workers": 4}, "log": "info"}}
    override = {"tenant-%d" % n: {"log": "debug", "server": {"port": "auto"}}}
    try:
        return deep_merge(base, override), None
    except ConfigConflict as exc:
        return base, "ignored override at %s" % exc.path


def scenario():
    return load_tenant(next(_tenants))

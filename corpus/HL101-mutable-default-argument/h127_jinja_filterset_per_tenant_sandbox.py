"""Jinja-like filters: a FilterSet keeps its filters in the dict passed to
its constructor, the built-ins by default, and `register` is a decorator
adding to it. Each request builds a sandbox FilterSet for its tenant and
registers the tenant's money filter, a closure, under a tenant-scoped name;
all sandboxes share the one default dict."""
import itertools

_ids = itertools.count()


class FilterSet:
    def __init__(self, builtins={}):  # expect: HL101 confirmed
        self.filters = builtins

    def register(self, name):
        def decorator(func):
            self.filters[name] = func
            return func
        return decorator

    def apply(self, value, pipeline):
        for name, *args in pipeline:
            value = self.filters[name](value, *args)
        return value


def tenant_sandbox(tenant, symbol):
    sandbox = FilterSet()

    @sandbox.register(f"{tenant}.money")
    def money(amount, places=2):
        return f"{symbol}{amount:,.{places}f}"

    return sandbox


def scenario():
    n = next(_ids)
    tenant = f"t{n}"
    return tenant_sandbox(tenant, "EUR ").apply(n * 1234.5, [(f"{tenant}.money",)])

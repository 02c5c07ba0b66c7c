"""Multi-tenant ORM: `TenantManager` narrows a model manager to one tenant
and calls `super().__init__(model)`, so the base class gets its `cache`
dict default. The base copies it into a dict of its own, so `get()`
memoises rows per manager and the default is only read."""
import itertools

_ids = itertools.count(1)


class Manager:
    def __init__(self, model, cache={}):  # expect: HL101 refuted
        self.model = model
        self._cache = dict(cache)

    def fetch(self, pk):
        return {"model": self.model, "pk": pk}

    def get(self, pk):
        try:
            return self._cache[pk]
        except KeyError:
            row = self._cache[pk] = self.fetch(pk)
            return row


class TenantManager(Manager):
    def __init__(self, model, tenant):
        super().__init__(model)
        self.tenant = tenant

    def fetch(self, pk):
        return dict(super().fetch(pk), tenant=self.tenant)


def scenario():
    n = next(_ids)
    invoices = TenantManager("Invoice", tenant="acme-%d" % n)
    return [invoices.get(n * 10 + i)["tenant"] for i in range(3)] + [invoices.get(n * 10)["pk"]]

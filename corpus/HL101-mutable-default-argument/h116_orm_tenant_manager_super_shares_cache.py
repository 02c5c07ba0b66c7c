"""Multi-tenant ORM: `TenantManager` narrows a model manager to one tenant
and calls `super().__init__(model)`, so the base class keeps its `cache`
dict default. `get()` memoises rows by primary key there, and the managers
built per request all fill that one dict."""
import itertools

_ids = itertools.count(1)


class Manager:
    def __init__(self, model, cache={}):  # expect: HL101 confirmed
        self.model = model
        self._cache = cache

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

"""REST API: `RedactingMixin.to_dict()` takes `exclude=set()` and asks
`self.redact(obj, name, exclude)`, defined only on the concrete
`CustomerSerializer`, whether a field may be shown. The serializer hides its
secret fields and any field the caller listed, testing membership in
`exclude` only; nothing is added, so the mixin's default set stays empty."""
import itertools
from types import SimpleNamespace

_customers = itertools.count()


class RedactingMixin:
    def to_dict(self, obj, exclude=set()):  # expect: HL101 refuted
        return {name: getattr(obj, name) for name in self.fields
                if not self.redact(obj, name, exclude)}


class CustomerSerializer(RedactingMixin):
    fields = ("pk", "name", "email", "api_token")
    secret_fields = frozenset({"api_token"})

    def redact(self, obj, name, exclude):
        if name in self.secret_fields:
            return True
        return name in exclude


def scenario():
    n = next(_customers)
    customer = SimpleNamespace(pk=n, name=f"Customer {n}", email=f"c{n}@example.com", api_token=f"tok_{n:012d}")
    return CustomerSerializer().to_dict(customer)

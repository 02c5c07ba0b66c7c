"""REST API: `RedactingMixin.to_dict()` takes `exclude=set()` and asks
`self.redact(obj, name, exclude)`, defined only on the concrete
`CustomerSerializer`, whether a field may be shown. The serializer remembers
each redacted field as "<model>:<pk>:<field>" by adding it to `exclude`, so
the mixin's default set gains entries for every customer serialized."""
import itertools
from types import SimpleNamespace

_customers = itertools.count()


class RedactingMixin:
    def to_dict(self, obj, exclude=set()):  # expect: HL101 confirmed
        return {name: getattr(obj, name) for name in self.fields
                if not self.redact(obj, name, exclude)}


class CustomerSerializer(RedactingMixin):
    fields = ("pk", "name", "email", "api_token")
    secret_fields = frozenset({"api_token"})

    def redact(self, obj, name, exclude):
        if name in self.secret_fields:
            exclude.add(f"customer:{obj.pk}:{name}")
            return True
        return name in exclude


def scenario():
    n = next(_customers)
    customer = SimpleNamespace(pk=n, name=f"Customer {n}", email=f"c{n}@example.com", api_token=f"tok_{n:012d}")
    return CustomerSerializer().to_dict(customer)

"""Export endpoint: each request serialises a record with a serializer made by the shared registry."""
import itertools

import formats  # noqa: F401  (registers the built-in formats)
from registry import SERIALIZERS

_requests = itertools.count()


def export(record, fmt, pretty):
    dump = SERIALIZERS.create(fmt, {"indent": 2} if pretty else {})
    return dump(record)


def scenario():
    n = next(_requests)
    return export({"id": n, "name": f"item-{n}"}, ("json", "kv")[n % 2], n % 5 == 0)

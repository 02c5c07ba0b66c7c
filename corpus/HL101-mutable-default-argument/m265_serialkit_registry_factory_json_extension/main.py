"""Export: render each record with the serializer matching the file name."""
import itertools

from serialkit import serializer_for

_exports = itertools.count()


def scenario():
    n = next(_exports)
    serializer = serializer_for(f"exports/order-{n}.json")
    return serializer.dumps({"ns": f"t{n}", "id": n, "total": "9.90"})

"""Serializers: the base class records the field set of every record type name it dumps on the instance."""
import itertools


class BaseSerializer:
    def __init__(self):
        self._schemas = {}

    def dump(self, kind, record):
        self._schemas[kind] = tuple(sorted(record))
        return self.format(kind, record)


class CsvSerializer(BaseSerializer):
    def format(self, kind, record):
        return kind + "," + ",".join(str(record[k]) for k in sorted(record))


def export(kind, record, serializer=CsvSerializer()):  # expect: HL101 confirmed
    return serializer.dump(kind, record)


_rows = itertools.count()


def scenario():
    n = next(_rows)
    return export(f"batch_{n}", {"id": n, "sku": f"SKU-{n:05d}", "qty": n % 9})

"""Serializers: the base class keeps only the last dumped record on the instance, rebinding one attribute."""
import itertools


class BaseSerializer:
    def __init__(self):
        self.last = None

    def dump(self, record):
        self.last = record
        return self.format(record)


class TsvSerializer(BaseSerializer):
    FIELDS = ("id", "name", "email")

    def format(self, record):
        return "\t".join(str(record.get(f, "")) for f in self.FIELDS)


def export_user(record, serializer=TsvSerializer()):  # expect: HL101 refuted
    return serializer.dump(record)


_users = itertools.count()


def scenario():
    n = next(_users)
    return export_user({"id": n, "name": f"user{n}", "email": f"u{n}@example.com"})

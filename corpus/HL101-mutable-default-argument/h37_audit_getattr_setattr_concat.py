"""Audit log: entries are filed by rebinding a bucket attribute, looked up by name, to a longer list."""
import itertools


class AuditRecord:
    def __init__(self, actor, changes=[]):  # expect: HL101 refuted
        self.actor = actor
        self.changes = changes
        self.warnings = []

    def file(self, bucket, entry):
        setattr(self, bucket, getattr(self, bucket) + [entry])

    def count(self, bucket):
        return len(getattr(self, bucket))


_edits = itertools.count()


def scenario():
    n = next(_edits)
    record = AuditRecord(f"admin{n}")
    record.file("changes", f"price: 10 -> {n}")
    record.file("warnings", f"large change {n}")
    return record.count("changes")

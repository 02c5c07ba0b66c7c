"""ORM models: `Model.save()` takes `changes={}` and runs the `before_save()`
hook chain. `Invoice` combines TimestampMixin, VersionedMixin and Model;
TimestampMixin forwards with `super(VersionedMixin, self)`, which skips
VersionedMixin and lands on Model, so the revision history is never appended
and the default dict only holds two fixed keys."""
import itertools

_edits = itertools.count()


class Model:
    def save(self, changes={}):  # expect: HL101 refuted
        self.before_save(changes)
        return self.pk, len(changes)

    def before_save(self, changes):
        changes["dirty"] = False


class VersionedMixin:
    def before_save(self, changes):
        changes.setdefault("history", []).append(f"{self.pk}@rev{self.revision}")
        super().before_save(changes)


class TimestampMixin:
    def before_save(self, changes):
        changes["updated_at"] = self.stamp
        super(VersionedMixin, self).before_save(changes)


class Invoice(TimestampMixin, VersionedMixin, Model):
    def __init__(self, pk, revision, stamp):
        self.pk, self.revision, self.stamp = pk, revision, stamp


def scenario():
    n = next(_edits)
    return Invoice(f"INV-{n:06d}", n % 5, f"2024-03-{n % 28 + 1:02d}T{n % 24:02d}:00").save()

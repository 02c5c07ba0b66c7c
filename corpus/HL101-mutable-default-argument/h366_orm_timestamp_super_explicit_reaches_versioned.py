"""ORM models: `Model.save()` takes `changes={}` and runs the `before_save()`
hook chain. `Invoice` combines TimestampMixin, VersionedMixin and Model;
TimestampMixin forwards with `super(TimestampMixin, self)`, whose next class in
Invoice's MRO is VersionedMixin, so its hook runs and appends each revision to
the "history" list kept in the default dict."""
import itertools

_edits = itertools.count()


class Model:
    def save(self, changes={}):  # expect: HL101 confirmed
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
        super(TimestampMixin, self).before_save(changes)


class Invoice(TimestampMixin, VersionedMixin, Model):
    def __init__(self, pk, revision, stamp):
        self.pk, self.revision, self.stamp = pk, revision, stamp


def scenario():
    n = next(_edits)
    return Invoice(f"INV-{n:06d}", n % 5, f"2024-03-{n % 28 + 1:02d}T{n % 24:02d}:00").save()

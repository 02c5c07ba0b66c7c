"""Model: save() runs the cooperative before_flush() chain on a change set."""
from ormkit.changes import ChangeSet


class Model:
    def save(self, changes=ChangeSet()):  # expect: HL101 confirmed
        self.before_flush(changes)
        return self.pk, len(changes.fields)

    def before_flush(self, changes):
        changes.fields["pk"] = self.pk

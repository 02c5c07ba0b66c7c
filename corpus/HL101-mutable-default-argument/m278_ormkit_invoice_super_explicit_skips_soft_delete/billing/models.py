"""Invoices are never soft-deleted, so Invoice.before_flush() skips that step
with super(SoftDeleteMixin, self); the next class in Invoice's MRO is
AuditMixin, which logs every flush in the default ChangeSet's events list."""
from ormkit import AuditMixin, Model, SoftDeleteMixin


class Invoice(SoftDeleteMixin, AuditMixin, Model):
    def __init__(self, pk, total):
        self.pk, self.total = pk, total

    def before_flush(self, changes):
        changes.fields["total"] = self.total
        super(SoftDeleteMixin, self).before_flush(changes)

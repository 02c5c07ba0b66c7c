"""Invoices are never soft-deleted nor audited, so Invoice.before_flush()
jumps past both steps with super(AuditMixin, self) straight to Model, and
the default ChangeSet only has its fixed field keys rewritten."""
from ormkit import AuditMixin, Model, SoftDeleteMixin


class Invoice(SoftDeleteMixin, AuditMixin, Model):
    def __init__(self, pk, total):
        self.pk, self.total = pk, total

    def before_flush(self, changes):
        changes.fields["total"] = self.total
        super(AuditMixin, self).before_flush(changes)

class AuditMixin:
    """Writes an audit entry for every change to one of `audit_fields` (set by each model)."""

    audit_fields = ()

    def save(self, _audit_log=[]):  # expect: HL101 confirmed
        for name in self.changed_fields():
            if name in self.audit_fields:
                _audit_log.append((self.table, self.pk, name, getattr(self, name)))
        return super().save()

class AuditMixin:
    """Records (subject, action) pairs in an audit trail; keeps only the last few entries."""

    trail_window = 8

    def audit(self, action, trail=[]):  # expect: HL101 refuted
        trail.append((self.audit_subject(), action))
        del trail[:-self.trail_window]
        return len(trail)

    def audit_subject(self):
        return type(self).__name__

class AuditMixin:
    """Records (subject, action) pairs in an audit trail; keeps every entry."""

    trail_window = 8

    def audit(self, action, trail=[]):  # expect: HL101 confirmed
        trail.append((self.audit_subject(), action))
        return len(trail)

    def audit_subject(self):
        return type(self).__name__

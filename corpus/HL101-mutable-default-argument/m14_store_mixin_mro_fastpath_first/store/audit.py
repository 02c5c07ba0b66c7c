class AuditMixin:
    def save(self, key, value, trail=[]):  # expect: HL101 refuted
        trail.append((key, sorted(value)))
        super().save(key, value)

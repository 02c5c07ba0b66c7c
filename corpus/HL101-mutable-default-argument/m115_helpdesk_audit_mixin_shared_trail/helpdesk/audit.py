"""AuditMixin: start_audit() picks the list the trail goes to; audit() appends to it later."""


class AuditMixin:
    def start_audit(self, trail=[]):  # expect: HL101 confirmed
        self._trail = trail

    def audit(self, action):
        self._trail.append((type(self).__name__, action))
        return len(self._trail)

    def last_action(self):
        return self._trail[-1][1] if self._trail else None

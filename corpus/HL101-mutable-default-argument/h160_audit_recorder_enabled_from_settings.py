"""Audit trail: a recorder is switched on by configure(), which reads the
"audit" setting. Records go into a default list when self.enabled is true.
scenario() passes {"audit": "on"}, so every request's record is appended to
the shared default list and the trail grows without bound."""
import itertools


class AuditRecorder:
    enabled = False

    def configure(self, settings):
        self.enabled = settings.get("audit", "off") == "on"

    def record(self, user, action, _trail=[]):  # expect: HL101 confirmed
        if not self.enabled:
            return None
        entry = {"user": user, "action": action}
        _trail.append(entry)
        return entry


_requests = itertools.count()


def scenario():
    n = next(_requests)
    recorder = AuditRecorder()
    recorder.configure({"audit": "on", "region": "eu"})
    return recorder.record("user%d" % n, "download report %d" % n)

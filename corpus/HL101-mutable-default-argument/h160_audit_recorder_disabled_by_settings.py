"""Audit trail: a recorder is switched on by configure(), which reads the
"audit" setting. Records go into a default list when self.enabled is true.
scenario() does call configure(), but with {"audit": "off"}, so the method
returns before the append and the default list stays empty."""
import itertools


class AuditRecorder:
    enabled = False

    def configure(self, settings):
        self.enabled = settings.get("audit", "off") == "on"

    def record(self, user, action, _trail=[]):  # expect: HL101 refuted
        if not self.enabled:
            return None
        entry = {"user": user, "action": action}
        _trail.append(entry)
        return entry


_requests = itertools.count()


def scenario():
    n = next(_requests)
    recorder = AuditRecorder()
    recorder.configure({"audit": "off", "region": "eu"})
    return recorder.record("user%d" % n, "download report %d" % n)

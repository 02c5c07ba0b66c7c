from orm import Model


class AuditEntry(Model):
    table = "audit_log"
    fields = ("actor", "action", "target")
    required = ("actor", "action")

    def after_save(self, session):
        # Audit rows are written as soon as they are saved.
        session.flush()

    def describe(self):
        v = self.values
        return "%s %s %s" % (v["actor"], v["action"], v["target"] or "-")

from tracking import logged


class Task:
    def __init__(self, title, audit_log=[]):  # expect: HL101 refuted
        self.title = title
        self.status = "open"
        self.audit_log = audit_log
        self.change_log = []

    @logged("change")
    def close(self, user):
        self.status = "closed"
        return self.status

from .mixins import AuditMixin


class Model:
    def __init__(self, key):
        self.key = key


class Account(AuditMixin, Model):
    def __init__(self, key):
        super().__init__(key)
        self.balance = 0

    def audit_subject(self):
        return self.key

    def deposit(self, amount):
        self.balance += amount
        self.audit(f"deposit:{amount}")

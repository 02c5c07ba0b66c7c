"""AuditMixin: records stock movements in `self.history`."""


class AuditMixin:
    def log(self, action, amount):
        self.qty += amount
        self.history.append((action, self.sku, amount))

    def last(self):
        action, sku, amount = self.history[-1]
        return f"{sku}: {action} {amount:+d}"

"""Document model: `AuditMixin` gives each document an audit trail, taking
the log as a keyword-only argument in a cooperative `__init__`. `Invoice`
mixes it in and never passes `audit_log`, but the mixin copies the default
into a fresh list before appending, so the default itself stays empty."""
import itertools

_numbers = itertools.count()


class Document:
    def __init__(self, title, **kwargs):
        super().__init__(**kwargs)
        self.title = title


class AuditMixin:
    def __init__(self, *args, audit_log=[], **kwargs):  # expect: HL101 refuted
        super().__init__(*args, **kwargs)
        self.audit_log = list(audit_log)
        self.audit_log.append(("created", self.title))


class Invoice(AuditMixin, Document):
    def __init__(self, number, amount):
        super().__init__(f"Invoice {number}")
        self.amount = amount


def scenario():
    n = next(_numbers)
    inv = Invoice(f"INV-{n:06d}", n * 1.5)
    return f"{inv.title}: {inv.amount:.2f} ({len(inv.audit_log)} events)"

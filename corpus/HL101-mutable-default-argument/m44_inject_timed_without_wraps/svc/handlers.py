from . import providers  # noqa: F401  (registers the providers)
from .container import inject
from .metrics import timed


@inject
@timed
def transfer(src, dst, amount, currency="EUR", audit_log=[]):  # expect: HL101 confirmed
    if amount <= 0:
        raise ValueError("amount must be positive")
    if src == dst:
        raise ValueError("cannot transfer to the same account")
    audit_log.append(("debit", src, amount, currency))
    audit_log.append(("credit", dst, amount, currency))
    return {"src": src, "dst": dst, "amount": amount, "entries": len(audit_log)}

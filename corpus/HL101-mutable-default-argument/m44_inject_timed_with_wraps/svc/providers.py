from .container import provide


@provide("audit_log")
def new_audit_log():
    return []


@provide("currency")
def default_currency():
    return "EUR"

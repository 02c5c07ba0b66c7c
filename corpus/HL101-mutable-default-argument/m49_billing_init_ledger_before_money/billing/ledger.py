"""Posts invoice lines to the general ledger in euro cents."""
try:
    from billing import to_cents
except ImportError:
    to_cents = None


def post(account, amount, currency="EUR", unpriced=[]):  # expect: HL101 confirmed
    if to_cents is None:
        unpriced.append((account, amount, currency))
        return None
    return {"account": account, "cents": to_cents(amount, currency)}


def reverse(entry):
    return {"account": entry["account"], "cents": -entry["cents"]}

"""Double-entry posting: a sale debits cash and credits revenue."""


def post(ref, amount, entries=[]):  # expect: HL101 confirmed
    """Post a sale into `entries` and return it; callers that pass no journal share the default."""
    entries.append((ref, "cash", amount))
    entries.append((ref, "revenue", -amount))
    return entries

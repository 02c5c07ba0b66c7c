"""Double-entry posting: a sale debits cash and credits revenue."""


def post(ref, amount, entries=[]):  # expect: HL101 refuted
    """Post a sale and return a new journal: `entries` (or the default) is copied, never extended."""
    entries = list(entries)
    entries.append((ref, "cash", amount))
    entries.append((ref, "revenue", -amount))
    return entries

"""Journal writes, checked against the account balance."""


class Overdrawn(ValueError):
    pass


def preview(entries, account, amount):
    """Append the entry tentatively, read the balance, and always roll it back."""
    from .accounts import balance  # accounts imports this module at load time

    entries.append((account, amount))
    try:
        projected = balance(account, entries)
    finally:
        entries.pop()
    if projected < 0:
        raise Overdrawn(account)
    return projected

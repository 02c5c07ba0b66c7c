"""Journal writes, checked against the account balance."""


class Overdrawn(ValueError):
    pass


def commit(entries, account, amount):
    """Append the entry; roll it back if the account would go negative."""
    from .accounts import balance  # accounts imports this module at load time

    entries.append((account, amount))
    if balance(account, entries) < 0:
        entries.pop()
        raise Overdrawn(account)

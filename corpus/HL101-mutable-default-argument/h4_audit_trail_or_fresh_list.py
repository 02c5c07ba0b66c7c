"""Admin actions: an audit helper appends to `trail or []`, which is a fresh list whenever the default is empty."""
import itertools


def audit(action, user, trail=[]):  # expect: HL101 refuted
    entries = trail or []
    entries.append(f"{user} {action}")
    return entries


def delete_account(account_id, admin):
    return len(audit(f"delete account {account_id}", admin))


_ids = itertools.count()


def scenario():
    n = next(_ids)
    delete_account(f"acct-{n}", f"admin{n % 3}")

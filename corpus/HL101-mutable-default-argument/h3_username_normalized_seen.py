"""Signup form: rejects usernames already taken, compared after strip() and lower()."""
import itertools


def claim_username(raw, taken=set()):  # expect: HL101 confirmed
    name = raw.strip().lower()
    if name in taken:
        return None
    taken.add(name)
    return name


_signups = itertools.count()


def scenario():
    n = next(_signups)
    claim_username(f"  NewUser{n} ")

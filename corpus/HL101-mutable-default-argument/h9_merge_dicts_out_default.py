"""Settings: merge two dicts into an output dict; callers usually let the function supply the output."""
import itertools


def merge(a, b, out={}):  # expect: HL101 confirmed
    out.update(a)
    out.update(b)
    return out


_users = itertools.count()


def scenario():
    n = next(_users)
    profile = {f"user{n}.name": f"name{n}"}
    prefs = {f"user{n}.theme": "dark" if n % 2 else "light"}
    return len(merge(profile, prefs))

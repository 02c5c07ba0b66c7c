"""Checks: add an error to the mapping they are handed."""


def require_domain_dot(value, errors):
    domain = value.rpartition("@")[2]
    if "." not in domain:
        errors[value] = f"domain {domain!r} has no dot"
    return errors

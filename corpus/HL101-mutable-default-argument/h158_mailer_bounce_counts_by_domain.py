"""Mail delivery stats: bounces are tallied per recipient domain, taken from
the address with strip().partition("@") and lower(), in a dict default.
Every customer here has a mail domain of their own, so each bounce stores a
new domain key and its per-reason dict in the default for good."""
import itertools

_ids = itertools.count()


def record_bounce(address, reason, counts={}):  # expect: HL101 confirmed
    domain = address.strip().partition("@")[2].lower()
    per_reason = counts.setdefault(domain, {})
    per_reason[reason] = per_reason.get(reason, 0) + 1
    return per_reason[reason]


def scenario():
    n = next(_ids)
    tld = "com" if n % 2 else "org"
    return record_bounce(f"  Billing{n}@Mail.Customer{n}.Example.{tld} ", "mailbox-full")

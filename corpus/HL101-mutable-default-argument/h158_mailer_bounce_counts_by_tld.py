"""Mail delivery stats: bounces are tallied per top-level domain, taken from
the address with strip().rpartition(".") and lower(), in a dict default.
The addresses are all new, but they end in only .com or .org, so the
default holds two keys whose per-reason counters are updated in place."""
import itertools

_ids = itertools.count()


def record_bounce(address, reason, counts={}):  # expect: HL101 refuted
    domain = address.strip().rpartition(".")[2].lower()
    per_reason = counts.setdefault(domain, {})
    per_reason[reason] = per_reason.get(reason, 0) + 1
    return per_reason[reason]


def scenario():
    n = next(_ids)
    tld = "com" if n % 2 else "org"
    return record_bounce(f"  Billing{n}@Mail.Customer{n}.Example.{tld} ", "mailbox-full")

"""Bulk sender: each recipient field is parsed with email.utils.getaddresses;
invalid entries are noted per defect kind in a collections.defaultdict given
as a default argument, and parsing stops at the per-message recipient cap.
The cap breaks out of the loop, so the clear() after it runs for every
message and the default is empty again between calls."""
import collections
import itertools
from email.utils import getaddresses

_batches = itertools.count()
MAX_RCPT = 3


def validate(field, defects=collections.defaultdict(list)):  # expect: HL101 refuted
    accepted = []
    for name, addr in getaddresses([field]):
        if "@" not in addr:
            defects["missing-at"].append(addr or name)
            continue
        if "." not in addr.rpartition("@")[2]:
            defects["bare-domain"].append(addr)
            continue
        accepted.append(addr)
        if len(accepted) == MAX_RCPT:
            break
    report = {kind: len(v) for kind, v in defects.items()}
    defects.clear()
    return accepted, report


def scenario():
    n = next(_batches)
    field = ", ".join(["sales%d" % n, "ops%d@localhost" % n] +
                      ["user%d@example.com" % (n * 10 + i) for i in range(3 + n % 2)])
    return validate(field)

"""Bulk sender: each recipient field is parsed with email.utils.getaddresses;
invalid entries are noted per defect kind in a collections.defaultdict given
as a default argument, and parsing stops at the per-message recipient cap.
The notes are cleared after the loop, but the cap returns early from inside
it, so each capped message's defect notes stay in the default."""
import collections
import itertools
from email.utils import getaddresses

_batches = itertools.count()
MAX_RCPT = 3


# heaplint-todo: the statement at line 27 that takes its items out again runs only on some ways through tests heaplint could not decide; a call that went another way kept what it added (heaplint: unknown)
def validate(field, defects=collections.defaultdict(list)):  # expect: HL101 confirmed
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
            return accepted, {kind: len(v) for kind, v in defects.items()}
    report = {kind: len(v) for kind, v in defects.items()}
    defects.clear()
    return accepted, report


def scenario():
    n = next(_batches)
    field = ", ".join(["sales%d" % n, "ops%d@localhost" % n] +
                      ["user%d@example.com" % (n * 10 + i) for i in range(3 + n % 2)])
    return validate(field)

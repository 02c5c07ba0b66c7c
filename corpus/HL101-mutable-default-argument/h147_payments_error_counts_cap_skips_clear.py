"""Payment file validator: counts problems per (kind, value) in a Counter
default, and gives up with a summary once `max_errors` problems are seen.
The counters are cleared after the loop, but the give-up path returns from
inside it, so each failed file's unknown currency stays counted (and the
next file gives up at its first problem, adding one more key)."""
import collections
import itertools

_files = itertools.count()
KNOWN = {"EUR", "USD", "GBP"}


def validate(rows, max_errors=2, counts=collections.Counter()):  # expect: HL101 confirmed
    for row in rows:
        if row["currency"] not in KNOWN:
            problem = ("currency", row["currency"])
        elif row["amount"] <= 0:
            problem = ("amount", "non-positive")
        else:
            continue
        counts[problem] += 1
        if sum(counts.values()) >= max_errors:
            worst = max(counts, key=counts.get)
            return {"ok": False, "worst": "%s=%s" % worst}
    summary = {"ok": not counts, "kinds": sorted(k for k, _ in counts)}
    counts.clear()
    return summary


def scenario():
    n = next(_files)
    rows = [{"currency": "EUR", "amount": 10 + n}, {"currency": f"X{n:05d}", "amount": 3},
            {"currency": f"Y{n:05d}", "amount": 4}, {"currency": "USD", "amount": 0}]
    return validate(rows)

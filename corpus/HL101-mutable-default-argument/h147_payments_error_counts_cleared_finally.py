"""Payment file validator: counts problems per (kind, value) in a Counter
default, and gives up with a summary once `max_errors` problems are seen.
The counters are cleared in a `finally`, so the give-up return inside the
loop empties them just like the normal end of the file does."""
import collections
import itertools

_files = itertools.count()
KNOWN = {"EUR", "USD", "GBP"}


def validate(rows, max_errors=2, counts=collections.Counter()):  # expect: HL101 refuted
    try:
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
        return {"ok": not counts, "kinds": sorted(k for k, _ in counts)}
    finally:
        counts.clear()


def scenario():
    n = next(_files)
    rows = [{"currency": "EUR", "amount": 10 + n}, {"currency": f"X{n:05d}", "amount": 3},
            {"currency": f"Y{n:05d}", "amount": 4}, {"currency": "USD", "amount": 0}]
    return validate(rows)

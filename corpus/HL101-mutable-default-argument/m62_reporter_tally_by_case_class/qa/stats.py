def tally(test, outcome, counts={}):  # expect: HL101 refuted
    key = (type(test).__qualname__, outcome)
    counts[key] = counts.get(key, 0) + 1
    return counts


def flaky(counts):
    outcomes = {}
    for test_key, outcome in counts:
        outcomes.setdefault(test_key, set()).add(outcome)
    return sorted(k for k, seen in outcomes.items() if len(seen) > 1)
